var e,t,n,r,i,a,o,s,c,l,u,d=Symbol.for(`pv`),f={},p=[],m=/^m(i|n|o|s|text|space)$/,h=Array.isArray,g=p.slice,_=Object.assign;function v(e){e&&e.parentNode&&e.remove()}function y(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:d,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function b(e){return e.children}function x(e,t){this.props=e,this.context=t,this.__g=0}function S(e,t){if(t==null)return e.__&&S(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:S(e)}function C(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=_({constructor:d},r)).__v=r.__v+1,e.vnode&&e.vnode(n),M(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||S(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,ie(a,n,o),r.__=r.__e=null,n.__e!=i&&w(n))}function w(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),w(e)}function T(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(E)}function E(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&C(e)}finally{(i=n.length)&&(r||queueMicrotask)(E)}}function D(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,_,v,y=r.__k||p,b=t.length;for(c=O(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=~h.__i&&y[h.__i]||f,h.__i=d,v=M(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&N(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=k(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function O(e,t,n,r,i){var a,o,s,c,l,u,f,p,m,g=n.length,_=g,v=0,x=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=y(null,o):h(o)?o=C[a]=y(b,{children:o}):o.constructor===d&&o.__b?o=C[a]=y(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+v,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=A(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?v--:l==c+1?v++:l!=c&&(l>c?v--:v++,x=1)):(~l||(i>g?v--:i<g&&v++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(x){for(u=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(v=0,p=u.length;v<p;)u[m=v+p>>1]<o.__i?v=m+1:p=m;u[v]=o.__i,f[a]=v+1}for(v=u.length;a--;)f[a]&&(f[a]==v?v--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=S(s)),oe(s,s));return r}function k(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=k(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=S(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function A(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function ee(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function j(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ee(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||ee(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=te(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function te(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function M(t,n,r,i,a,o,s,c,l,u){var f,m,g,y,C,w,T,E,O,k,A,ee,j,te,M,ie,N,ce,P=n.type;if(n.constructor!==d)return null;128&r.__u&&(l=32&r.__u,f=r.__c.__z)&&(n.__u|=l,m=o=[],f.nodeType==8?c=ne(f,o):o.push(f),c=o[0]||c),(f=e.__b)&&f(n);e:if(typeof P==`function`){g=s.length;try{if(E=n.props,O=(f=P.prototype)&&f.render,k=(f=P.contextType)&&i[f.__c],A=f?k?k.props.value:f.__:i,(y=r.__c)?(n.__c=y,2&y.__g&&(y.__g|=1)):(O?n.__c=y=new P(E,A):(n.__c=y=new x(E,A),y.constructor=P,y.render=se),k&&k.sub(y),y.state||(y.state={}),y.__n=i,y.__g|=8,y.__h=[],y.__k=[]),O&&(y.__s||(y.__s=y.state),P.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=_({},y.__s)),_(y.__s,P.getDerivedStateFromProps(E,y.__s)))),C=y.props,w=y.state,y.__v=n,r.__c){if(E!==C&&O&&!P.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,A),n.__v==r.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&!1===y.shouldComponentUpdate(E,y.__s,A)){n.__v!=r.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),p.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&s.push(y),c=S(r);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,A),O&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(C,w,T)})}else O&&!P.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),O&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=A,y.props=E,y.__P=t,y.__g&=-5,ee=e.__r,j=O?25:0;do y.__g&=-9,ee&&ee(n),f=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++j<25);O&&(p.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(i=_({},i,y.getChildContext())),O&&r.__c&&y.getSnapshotBeforeUpdate&&(T=y.getSnapshotBeforeUpdate(C,w)),te=f&&f.type===b&&f.key==null?f.props.children:f,E.__P&&(f=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&oe(e,e)}),r.__k=null),c=r.__k?S(r,0):null),c=D(t,h(te)?te:[te],n,r,i,a,o,s,c,l,u),E.__P&&(n.__e=null,c=f),n.__u&=-161,m&&m.some(v),y.__h.length&&s.push(y),1&y.__g&&(y.__g&=-4)}catch(t){if(s.length=g,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(N=o.indexOf(c||void 0))||(N=o.length);(ce=o[N-1])&&ce.nodeType==8;)N--;for(;N<o.length;N++)if(ce=o[N]){if(o[N]=null,M){if(ce==ie)break}else{if(ce.nodeType!=8)break;ce.data.startsWith(`$s`)&&(ie=ne(M=ce))}}}if(!M){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;M=c}(f=ne(M=n.__c.__z||(n.__c.__z=M)))?(n.__e=M,c=f):n.__e=c,c&&=c.nextSibling}else o&&o.some(v)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||re(n),e.__e(t,n,r)}}else c=n.__e=ae(r.__e,n,r,i,a,o,s,l,u,t);return(f=e.diffed)&&f(n),c}function ne(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function re(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(re))}function ie(t,n,r){for(var i=0;i<r.length;)N(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function ae(t,n,r,i,a,o,s,c,l,u){var d,p,_,y,b,x,C,w,T=r.props||f,E=n.props,O=n.type;if(O==`svg`?a=`http://www.w3.org/2000/svg`:O==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(d=0;d<o.length;d++)if((b=o[d])&&(O?b.localName==O:b.nodeType==3)){t=b,o[d]=null;break}}if(!t){if(w=u.ownerDocument||document,!O)return w.createTextNode(E);t=w.createElementNS(a,O,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(O){if(u=O==`template`&&t.content||t,o=O==`textarea`&&E.defaultValue!=null?null:o&&g.call(u.childNodes),!c&&o)for(T={},d=0;d<t.attributes.length;d++)T[(b=t.attributes[d]).name]=b.value;for(d in T)b=T[d],d==`dangerouslySetInnerHTML`?_=b:d==`children`||d in E||d==`value`&&`defaultValue`in E||d==`checked`&&`defaultChecked`in E||j(t,d,null,b,a);for(d in E)b=E[d],d==`children`?y=b:d==`dangerouslySetInnerHTML`?p=b:d==`value`?x=b:d==`checked`?C=b:c&&typeof b!=`function`||T[d]===b||j(t,d,b,T[d],a);p?(c||_&&(p.__html==_.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),n.__k=[]):(_&&(t.textContent=``),(O==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&m.test(O))&&(a=`http://www.w3.org/1999/xhtml`),D(u,h(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&S(r,0),c,l),o&&o.some(v)),c&&O!=`textarea`||(d=`value`,O==`progress`&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(O!=`progress`||x)||j(t,d,x,T[d],a),d=`checked`,C!=null&&C!=t[d]&&j(t,d,C,T[d],a))}else T===E||c&&t.data==E||(t.data=E);return t}function N(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function oe(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||N(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&oe(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=ne(i,o=[]))&&(i==t.__e&&o.some(v),v(a),v(i)),r||v(t.__e),t.__e=t.__c=t.__=null}function se(e,t,n){return this.constructor(e,n)}function ce(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=y(b,{children:[t]}),a=[],o=[],M(n,n.__k,i||f,f,n.namespaceURI,i?null:n.firstChild?g.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),ie(a,n.__k,o),n.__k.props.children=null}function P(e){function t(e){var n,r;return this.getChildContext||(n=new Set,(r={})[t.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__g|=4,T(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n.delete(e),t&&t.call(e)}}),e.children}return t.__c=`__cC`+u++,t.__=e,t.Provider=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,x.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=_({},this.state)),typeof e==`function`&&(e=e(_({},n),this.props)),e&&(_(n,e),this.__v&&(t&&this.__k.push(t),T(this)))},x.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),T(this))},x.prototype.render=b,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={},u=0;var le,F,ue,de,fe=Object.is,pe=0,me=[],he=[],I=e,ge=I.__b,_e=I.__r,ve=I.diffed,ye=I.__c,be=I.unmount,xe=I.__;function Se(e,t){I.__h&&I.__h(F,e,pe||t),pe=0;var n=F.__H||(F.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function L(e){return pe=1,Ce(Ne,e)}function Ce(e,t,n){var r=Se(le++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ne(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);fe(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=F,!F.__f)){F.__f=!0;var i=F.shouldComponentUpdate;F.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,fe(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function R(e,t){var n=Se(le++,3);!I.__s&&Me(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,F.__H.__h.push(n))}function z(e){return pe=5,we(function(){return{current:e}},[])}function we(e,t){var n=Se(le++,7);return Me(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Te(e){var t=F.context[e.__c],n=Se(le++,9);return n.c=e,t?(n.__??(n.__=!0,t.sub(F)),t.props.value):e.__}function Ee(){var e;do{for(;e=he.shift();)try{Ae(e)}catch(t){I.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=me.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ae),t.__h.some(je),t.__h=[]}catch(n){t.__h=[],I.__e(n,e.__v)}}}while(he.length)}I.__b=function(e){F=null,ge&&ge(e)},I.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),xe&&xe(e,t)},I.__r=function(e){_e&&_e(e),le=0;var t=(F=e.__c).__H;t&&(ue==F?F.__h=[]:(t.__h.some(Ae),t.__h.some(je),le=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),ue=F},I.diffed=function(e){ve&&ve(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&ke(me.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),ue=F=null},I.__c=function(e,t){t.some(function(e){try{e.__h.some(Ae),e.__h=e.__h.filter(function(e){return!e.__||je(e)})}catch(t){e.__h=[function(){throw t}]}}),ye&&ye(e,t)},I.unmount=function(e){be&&be(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,ke(he.push(r))}else Ae(r)}catch(e){t=e}}),r.__H=void 0,t&&I.__e(t,r.__v))};var De=typeof requestAnimationFrame==`function`;function Oe(e){var t,n=function(){clearTimeout(r),De&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);De&&(t=requestAnimationFrame(n))}function ke(e){e!=1&&de==I.requestAnimationFrame||((de=I.requestAnimationFrame)||Oe)(Ee)}function Ae(e){var t=F,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),F=t}function je(e){var t=F;e.__c=e.__(),F=t}function Me(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!fe(t,e[n])})}function Ne(e,t){return typeof t==`function`?t(e):t}var Pe=`costar.token`,Fe=new Set,Ie=!1;function Le(){try{return sessionStorage.getItem(Pe)}catch{return null}}var Re=Le();function ze(){return Re}function Be(){return Ie}function Ve(){for(let e of Fe)e()}function He(e){Re=e,Ie=!1;try{e?sessionStorage.setItem(Pe,e):sessionStorage.removeItem(Pe)}catch{}Ve()}function Ue(){He(null),Ie=!0,Ve()}function We(e){return Fe.add(e),()=>Fe.delete(e)}var B=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new B(`
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}
    `,{fragmentName:`CaseStudyCard`}),new B(`
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}
    `,{fragmentName:`CaseStudyCuration`}),new B(`
    fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}
    `,{fragmentName:`EvidenceItem`}),new B(`
    fragment InitiativeDetail on Initiative {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
    status
  }
  coTypes
  starStep
  serviceArea
  tags
  visibility
  updatedAt
  owner {
    id
    slug
    name
    gssCode
    nation
  }
  appraisal {
    impact
    ease
    quadrant
    annualCost
    annualBenefit
    currency
    benefitCostRatio
  }
  pathway {
    steps {
      id
      kind
      label
    }
    links {
      id
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...EvidenceItem
      }
    }
  }
  evidenceGaps(minNestaLevel: 2) {
    id
  }
  indicators {
    id
    kind
    name
    unit
    baseline
    target
    latest {
      measuredOn
      value
      note
    }
    change
    progressToTarget
  }
  charters {
    id
    title(lang: $lang)
    servedLanguage(lang: $lang)
    translations {
      language
      status
    }
    status
    adoptedAt
    commitments(lang: $lang) {
      party
      kind
      text
    }
    risks(lang: $lang) {
      description
      likelihood
      impact
      mitigation
    }
    signatories {
      name
      role
      party
      signedOn
    }
  }
  peerMatches(first: 5) {
    score
    sharedCoTypes
    sharedTags
    sharedWords
    sameServiceArea
    furtherAlong
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}
    fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}`,{fragmentName:`InitiativeDetail`});var Ge=new B(`
    mutation FeatureCaseStudy($id: ID!, $featured: Boolean!) {
  featureCaseStudy(id: $id, featured: $featured) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`),Ke=new B(`
    mutation VerifyCaseStudy($id: ID!, $note: String) {
  verifyCaseStudy(id: $id, note: $note) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`),qe=new B(`
    mutation HideCaseStudy($id: ID!, $reason: String!) {
  hideCaseStudy(id: $id, reason: $reason) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`),Je=new B(`
    mutation UnhideCaseStudy($id: ID!) {
  unhideCaseStudy(id: $id) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`),Ye=new B(`
    mutation ReportContent($id: ID!, $reason: ReportReason!, $details: String) {
  reportContent(id: $id, reason: $reason, details: $details) {
    id
    reason
    status
  }
}
    `),Xe=new B(`
    query ContentReports($status: ReportStatus, $first: Int!, $lang: String) {
  contentReports(status: $status, first: $first) {
    totalCount
    nodes {
      id
      reason
      details
      status
      outcome
      createdAt
      resolvedAt
      reporter {
        id
        name
      }
      resolvedBy {
        id
        name
      }
      caseStudy {
        id
        title(lang: $lang)
        servedLanguage(lang: $lang)
        owner {
          id
          name
        }
      }
    }
  }
}
    `),Ze=new B(`
    mutation ResolveReport($id: ID!, $outcome: String!) {
  resolveReport(id: $id, outcome: $outcome) {
    id
    status
    outcome
    resolvedAt
  }
}
    `),Qe=new B(`
    query Explore($filter: CaseStudyFilter, $first: Int!, $orderBy: CaseStudyOrder, $lang: String) {
  caseStudyFacets(filter: $filter) {
    total
    coTypes {
      value
      count
    }
    starSteps {
      value
      count
    }
    serviceAreas {
      value
      count
    }
    nations {
      value
      count
    }
    languages {
      value
      count
    }
    evidenceLevels {
      value
      count
    }
    coStepMatrix {
      coType
      starStep
      count
    }
  }
  caseStudies(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CaseStudyCard
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}`),$e=new B(`
    query ExploreMore($filter: CaseStudyFilter, $first: Int!, $after: String!, $orderBy: CaseStudyOrder, $lang: String) {
  caseStudies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CaseStudyCard
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}`),et=new B(`
    query FeaturedCaseStudies($first: Int!, $lang: String) {
  caseStudies(first: $first, filter: {featured: true}) {
    nodes {
      ...CaseStudyCard
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}`),tt=new B(`
    query Viewer {
  viewer {
    subject
    roles
    organisation {
      id
      slug
      name
    }
  }
}
    `),nt=new B(`
    query SignInOrganisations {
  organisations(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `),rt=new B(`
    query CaseStudyLanguage($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      language
    }
  }
}
    `),it=new B(`
    query CaseStudyForEdit($id: ID!, $original: String!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      title(lang: $original)
      summary(lang: $original)
      body(lang: $original)
      coTypes
      serviceArea
      tags
      language
      visibility
      status
      version
      owner {
        id
        slug
        name
      }
      initiative {
        id
      }
      completeness {
        score
        missing
      }
      revisions(first: 20) {
        totalCount
        nodes {
          version
          changedAt
          subject
          organisation {
            id
            name
          }
          changes {
            field
            before
            after
            diff
          }
        }
      }
    }
  }
}
    `),at=new B(`
    query OwnInitiatives($owner: String!, $lang: String) {
  initiatives(first: 100, filter: {owner: $owner}, orderBy: {field: TITLE}) {
    nodes {
      id
      title(lang: $lang)
    }
  }
}
    `),ot=new B(`
    mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    version
  }
}
    `),st=new B(`
    mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
  updateCaseStudy(input: $input) {
    id
    version
  }
}
    `),ct=new B(`
    mutation RestoreRevision($id: ID!, $version: Int!, $expectedVersion: Int!) {
  restoreRevision(id: $id, version: $version, expectedVersion: $expectedVersion) {
    id
    ... on CaseStudy {
      version
    }
  }
}
    `),lt=new B(`
    mutation PublishCaseStudy($id: ID!) {
  publishCaseStudy(id: $id) {
    id
    status
    version
  }
}
    `),ut=new B(`
    query CaseStudyPeerReviews($caseStudyId: ID!) {
  peerReviews(first: 10, filter: {caseStudyId: $caseStudyId, role: VISITOR}) {
    nodes {
      id
      kind
      status
      proposedFor
    }
  }
}
    `),dt=new B(`
    mutation RequestPeerReview($input: RequestPeerReviewInput!) {
  requestPeerReview(input: $input) {
    id
    kind
    status
    proposedFor
    host {
      id
      name
    }
  }
}
    `),ft=new B(`
    query CaseStudyPage($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      title(lang: $lang)
      summary(lang: $lang)
      body(lang: $lang)
      servedLanguage(lang: $lang)
      translations {
        language
        status
      }
      coTypes
      serviceArea
      tags
      visibility
      status
      publishedAt
      updatedAt
      version
      ...CaseStudyCuration
      owner {
        id
        slug
        name
        gssCode
        nation
      }
      initiative {
        ...InitiativeDetail
      }
    }
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}
fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}
fragment InitiativeDetail on Initiative {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
    status
  }
  coTypes
  starStep
  serviceArea
  tags
  visibility
  updatedAt
  owner {
    id
    slug
    name
    gssCode
    nation
  }
  appraisal {
    impact
    ease
    quadrant
    annualCost
    annualBenefit
    currency
    benefitCostRatio
  }
  pathway {
    steps {
      id
      kind
      label
    }
    links {
      id
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...EvidenceItem
      }
    }
  }
  evidenceGaps(minNestaLevel: 2) {
    id
  }
  indicators {
    id
    kind
    name
    unit
    baseline
    target
    latest {
      measuredOn
      value
      note
    }
    change
    progressToTarget
  }
  charters {
    id
    title(lang: $lang)
    servedLanguage(lang: $lang)
    translations {
      language
      status
    }
    status
    adoptedAt
    commitments(lang: $lang) {
      party
      kind
      text
    }
    risks(lang: $lang) {
      description
      likelihood
      impact
      mitigation
    }
    signatories {
      name
      role
      party
      signedOn
    }
  }
  peerMatches(first: 5) {
    score
    sharedCoTypes
    sharedTags
    sharedWords
    sameServiceArea
    furtherAlong
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}`),pt=new B(`
    query InitiativePage($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on Initiative {
      ...InitiativeDetail
      caseStudies(first: 20) {
        totalCount
        nodes {
          ...CaseStudyCard
        }
      }
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}
fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}
fragment InitiativeDetail on Initiative {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
    status
  }
  coTypes
  starStep
  serviceArea
  tags
  visibility
  updatedAt
  owner {
    id
    slug
    name
    gssCode
    nation
  }
  appraisal {
    impact
    ease
    quadrant
    annualCost
    annualBenefit
    currency
    benefitCostRatio
  }
  pathway {
    steps {
      id
      kind
      label
    }
    links {
      id
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...EvidenceItem
      }
    }
  }
  evidenceGaps(minNestaLevel: 2) {
    id
  }
  indicators {
    id
    kind
    name
    unit
    baseline
    target
    latest {
      measuredOn
      value
      note
    }
    change
    progressToTarget
  }
  charters {
    id
    title(lang: $lang)
    servedLanguage(lang: $lang)
    translations {
      language
      status
    }
    status
    adoptedAt
    commitments(lang: $lang) {
      party
      kind
      text
    }
    risks(lang: $lang) {
      description
      likelihood
      impact
      mitigation
    }
    signatories {
      name
      role
      party
      signedOn
    }
  }
  peerMatches(first: 5) {
    score
    sharedCoTypes
    sharedTags
    sharedWords
    sameServiceArea
    furtherAlong
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}`);function mt(e,t,n=null){return{message:t,code:e,field:n,currentVersion:null}}var V=class extends Error{errors;status;constructor(e,t){super(e.map(e=>e.message).join(`; `)||`HTTP ${t}`),this.name=`ApiError`,this.errors=e,this.status=t}has(e){return this.errors.some(t=>t.code===e)}};function ht(e){let t=e.extensions??{};return{message:typeof e.message==`string`?e.message:`Unknown error`,code:typeof t.code==`string`?t.code:`UNKNOWN`,field:typeof t.field==`string`?t.field:null,currentVersion:typeof t.currentVersion==`number`?t.currentVersion:null}}function gt(e){return typeof e!=`object`||!e||!(`errors`in e)||!Array.isArray(e.errors)?[]:e.errors.filter(e=>typeof e==`object`&&!!e).map(ht)}async function _t(e){try{return await e.json()}catch{return null}}async function vt(e,t,n={}){let r=n.token===void 0?ze():n.token,i={"Content-Type":`application/json`,Accept:`application/graphql-response+json, application/json`};r&&(i.Authorization=`Bearer ${r}`);let a;try{a=await fetch(`/graphql`,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal??null})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:new V([mt(`NETWORK`,`The server could not be reached.`)],0)}let o=await _t(a),s=gt(o);s.some(e=>e.code===`UNAUTHENTICATED`)&&r&&n.token===void 0&&Ue();let c=typeof o==`object`&&o&&`data`in o?o.data:null;if(c==null)throw s.length===0&&s.push(mt(`HTTP_${a.status}`,`The server answered ${a.status}.`)),new V(s,a.status);return{data:c,error:s.length>0?new V(s,a.status):null}}async function H(e,t,n={}){let{data:r,error:i}=await vt(e,t,n);if(i)throw i;return r}var yt=e=>`${e} astudiaeth achos`,bt={app:{name:`Archwiliwr Costar`,skipLink:`Neidio i'r prif gynnwys`,mainNav:`Prif lywio`,explore:`Archwilio`,newCaseStudy:`Astudiaeth achos newydd`,reports:`Adroddiadau`,signIn:`Mewngofnodi`,signOut:`Allgofnodi`,signedInAs:`Wedi mewngofnodi fel`,switchLanguage:`English`,footer:`Arferion cyd-gynhyrchu a rennir gan gynghorau’r rhwydwaith.`,titleSuffix:`Archwiliwr Costar`},common:{loading:`Wrthi’n llwytho…`,retry:`Rhoi cynnig arall arni`,errorTitle:`Aeth rhywbeth o’i le`,notFoundTitle:`Heb ddod o hyd i’r dudalen`,notFoundBody:`Does dim byd yn y cyfeiriad hwn, neu nid oes gennych hawl i’w weld. Efallai y gwelwch fwy o fewngofnodi fel aelod.`,backToExplorer:`Yn ôl i’r Archwiliwr`,none:`Dim`,notKnown:`Anhysbys`,council:`Cyngor`,gssCode:`Cod GSS`,nation:`Gwlad`,serviceArea:`Maes gwasanaeth`,coTypes:`Y Cyd-`,step:`Cam y Seren`,visibility:`Gwelededd`,status:`Statws`,tags:`Tagiau`,published:`Cyhoeddwyd`,updated:`Diweddarwyd ddiwethaf`,draft:`Drafft`,scrollHint:`Sgroliwch i’r ochr`},errors:{NETWORK:`Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad a rhoi cynnig arall arni.`,NOT_FOUND:`Nid yw’r cofnod hwn yn bodoli, neu nid oes gennych hawl i’w weld.`,FORBIDDEN:`Nid oes gennych hawl i wneud hyn.`,UNAUTHENTICATED:`Nid yw eich mewngofnodi’n ddilys mwyach. Mewngofnodwch eto.`,BAD_USER_INPUT:`Nid yw peth o’r hyn a anfonwyd yn ddilys.`,CONFLICT:`Mae rhywun arall wedi newid y cofnod hwn ers i chi ei agor.`,RATE_LIMITED:`Gormod o geisiadau. Arhoswch ennyd a rhoi cynnig arall arni.`,QUERY_TOO_COMPLEX:`Gofynnodd y cais am ormod ar unwaith.`,INTERNAL_SERVER_ERROR:`Methodd y gweinydd ag ateb. Rhowch gynnig arall arni yn nes ymlaen.`,SERVICE_UNAVAILABLE:`Nid yw’r gwasanaeth ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn ennyd.`,TIMEOUT:`Cymerodd y gweinydd ormod o amser i ateb. Rhowch gynnig arall arni, neu gofynnwch am lai ar unwaith.`,fallback:`Methodd y cais.`},labels:{co:{CO_COMMISSIONING:`Cyd-gomisiynu`,CO_DESIGN:`Cyd-ddylunio`,CO_DELIVERY:`Cyd-gyflawni`,CO_ASSESSMENT:`Cyd-asesu`},coHint:{CO_COMMISSIONING:`Blaenoriaethu a chynllunio gwasanaethau gyda defnyddwyr a chymunedau`,CO_DESIGN:`Ailgynllunio gwasanaethau gyda dinasyddion`,CO_DELIVERY:`Darparu gwasanaethau a gweithredu ataliol gyda’n gilydd`,CO_ASSESSMENT:`Dinasyddion yn gwerthuso ansawdd a chanlyniadau`},step:{MAP_IT:`Mapio`,FOCUS_IT:`Ffocysu`,PEOPLE_IT:`Pobl`,MARKET_IT:`Marchnata`,GROW_IT:`Tyfu`},nation:{ENGLAND:`Lloegr`,SCOTLAND:`Yr Alban`,WALES:`Cymru`,NORTHERN_IRELAND:`Gogledd Iwerddon`},area:{ADULT_SOCIAL_CARE:`Gofal cymdeithasol i oedolion`,CHILDREN_AND_YOUNG_PEOPLE:`Plant a phobl ifanc`,HEALTH:`Iechyd`,COMMUNITY_SAFETY:`Diogelwch cymunedol`,ENVIRONMENT:`Yr amgylchedd`,HOUSING:`Tai`,EDUCATION:`Addysg`,CULTURE_AND_LEISURE:`Diwylliant a hamdden`,TRANSPORT:`Trafnidiaeth`,COMMISSIONING_AND_FUNDING:`Comisiynu a chyllido`,WHOLE_COUNCIL:`Y cyngor cyfan`,OTHER:`Arall`},visibility:{PRIVATE:`Preifat: eich sefydliad chi yn unig`,NETWORK:`Rhwydwaith: aelodau’r rhwydwaith`,PUBLIC:`Cyhoeddus: unrhyw un, ar ôl ei gyhoeddi`},visibilityShort:{PRIVATE:`Preifat`,NETWORK:`Rhwydwaith`,PUBLIC:`Cyhoeddus`},status:{DRAFT:`Drafft`,PUBLISHED:`Wedi’i chyhoeddi`,ARCHIVED:`Wedi’i harchifo`},stepKind:{ACTIVITY:`Gweithgareddau`,OUTPUT:`Allbynnau`,INTERMEDIATE_OUTCOME:`Canlyniadau interim`,FINAL_OUTCOME:`Canlyniadau terfynol`},peerReviewKind:{PEER_REVIEW:`Adolygiad gan gymheiriaid`,STUDY_VISIT:`Ymweliad astudio`},peerReviewStatus:{REQUESTED:`Wedi gofyn`,ACCEPTED:`Derbyniwyd`,DECLINED:`Gwrthodwyd`,COMPLETED:`Wedi’i gwblhau`,CANCELLED:`Wedi’i ganslo`},party:{SERVICE:`Y gwasanaeth cyhoeddus`,COMMUNITY:`Y gymuned`},commitmentKind:{RIGHT:`Hawliau`,RESPONSIBILITY:`Cyfrifoldebau`},riskLevel:{LOW:`Isel`,MEDIUM:`Canolig`,HIGH:`Uchel`},charterStatus:{DRAFT:`Drafft`,ADOPTED:`Wedi’i fabwysiadu`,RETIRED:`Wedi’i ddirwyn i ben`},indicatorKind:{OUTCOME:`Dangosydd canlyniad`,PROCESS:`Dangosydd proses`},quadrant:{QUICK_WIN:`Enillion cyflym`,MAJOR_PROJECT:`Prosiect mawr`,FILL_IN:`Tasg lenwi`,THANKLESS_TASK:`Tasg ddiddiolch`},role:{VIEWER:`Gwyliwr`,EDITOR:`Golygydd`,ADMIN:`Gweinyddwr`,SYNC:`Partner cysoni`,CURATOR:`Curadur`},reportReason:{INACCURATE:`Gwybodaeth anghywir`,OUTDATED:`Wedi dyddio`,PERSONAL_DATA:`Yn cynnwys data personol`,OFFENSIVE:`Sarhaus`,COPYRIGHT:`Yn torri hawlfraint`,SPAM:`Sbam neu hysbysebu`,OTHER:`Rhywbeth arall`},reportStatus:{OPEN:`Agored`,RESOLVED:`Wedi’i ddatrys`},order:{UPDATED_AT:`Diweddarwyd yn ddiweddar`,PUBLISHED_AT:`Cyhoeddwyd yn ddiweddar`,TITLE:`Teitl (A i Y)`,RELEVANCE:`Y gyfatebiaeth orau`},languageName:e=>({en:`Saesneg`,cy:`Cymraeg`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`adroddiad am effaith`,`cydberthynas`,`achosiaeth`,`ailadrodd annibynnol`,`ar raddfa`][e-1]??``},home:{title:`Astudiaethau achos cyd-gynhyrchu`,titleSearch:e=>`“${e}”: astudiaethau achos`,intro:`Astudiaethau achos gan gynghorau ledled y DU, wedi’u gosod ar y Seren Cyd-gynhyrchu: y Pedwar Cyd- (sut mae dinasyddion yn cymryd rhan) a phum cam y daith.`,searchLabel:`Chwilio’r astudiaethau achos`,searchHint:`Geiriau yn y teitl, y crynodeb, y tagiau neu’r testun`,searchButton:`Chwilio`,starHeading:`Y Seren Cyd-gynhyrchu`,starCaption:`Astudiaethau achos fesul Cyd- a cham`,starHint:`Dewiswch rif i ddangos yr astudiaethau achos hynny; dewiswch ef eto i ddangos y cyfan. Dewiswch Gyd- neu gam i hidlo yn ôl hwnnw yn unig.`,starCorner:`Cyd- / cam`,coButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y Cyd- hwn yn unig`,stepButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y cam hwn yn unig`,cellLabel:(e,t,n,r)=>`${yt(e)}: ${t} yn ${n}${r?` (yn cael eu dangos; dewiswch i ddangos y cyfan)`:``}`,filtersHeading:`Hidlwyr`,facetCo:`Y Cyd-`,facetStep:`Cam y Seren`,facetArea:`Maes gwasanaeth`,facetNation:`Gwlad`,facetLanguage:`Iaith`,facetEvidence:`Tystiolaeth ar y llwybr`,evidenceHint:`Safonau Tystiolaeth Nesta: 1 adroddiad am effaith, 2 cydberthynas, 3 achosiaeth, 4 ailadrodd annibynnol, 5 ar raddfa.`,anyArea:`Pob maes gwasanaeth`,anyEvidence:`Unrhyw dystiolaeth, neu ddim`,evidenceAtLeast:e=>`Lefel ${e} neu uwch`,resultsHeading:`Astudiaethau achos`,count:e=>yt(e),showing:(e,t)=>`Yn dangos ${e} o ${t}`,sortLabel:`Trefnu yn ôl`,loadMore:`Llwytho rhagor`,loadingMore:`Wrthi’n llwytho rhagor…`,noResults:`Does dim astudiaethau achos yn cyfateb i’r hidlwyr hyn.`,clearFilters:`Clirio pob hidlydd`,searchFor:e=>`Chwilio: “${e}”`,removeFilter:e=>`Tynnu’r hidlydd: ${e}`,activeFilters:`Hidlwyr sy’n cael eu defnyddio`},caseStudy:{about:`Am yr astudiaeth achos hon`,councilHeading:`Cyngor`,initiative:`Menter`,noInitiative:`Nid yw’r astudiaeth achos hon wedi’i chysylltu â menter y gallwch ei gweld.`,edit:`Golygu’r astudiaeth achos hon`,publish:`Cyhoeddi`,publishing:`Wrthi’n cyhoeddi…`,publishedNow:`Mae’r astudiaeth achos wedi’i chyhoeddi.`,saved:`Mae eich newidiadau wedi’u cadw.`,created:`Mae’r astudiaeth achos wedi’i chreu fel drafft.`,storyHeading:`Y stori`},curation:{featured:`Dan sylw`,verified:`Wedi’i dilysu`,verifiedBy:(e,t)=>`Wedi’i dilysu gan ${e} ar ${t}.`,verifiedOn:e=>`Wedi’i dilysu ar ${e}.`,note:`Nodyn:`,hidden:e=>`Wedi’i chuddio rhag y cyhoedd: ${e}`,featuredHeading:`Dan sylw gan y rhwydwaith`,featuredIntro:`Astudiaethau achos y mae curaduron y rhwydwaith yn eu hargymell.`,heading:`Curadu`,intro:e=>`Fel curadur ar ran ${e}, gallwch roi’r astudiaeth achos hon dan sylw, ei dilysu neu ei chuddio.`,notCuratable:`Dim ond astudiaethau achos cyhoeddus sydd wedi’u cyhoeddi y gellir eu rhoi dan sylw, eu dilysu neu eu cuddio.`,feature:`Rhoi dan sylw ar yr hafan`,unfeature:`Tynnu oddi ar y rhestr dan sylw`,featuredNow:`Mae’r astudiaeth achos dan sylw ar yr hafan.`,unfeaturedNow:`Nid yw’r astudiaeth achos dan sylw mwyach.`,verifyNote:`Nodyn dilysu (dewisol)`,verifyHint:`Beth a wiriwyd gennych, ac yn erbyn beth.`,verify:`Nodi ei bod wedi’i dilysu`,verifiedNow:`Mae’r astudiaeth achos wedi’i nodi fel un sydd wedi’i dilysu.`,hideReason:`Rheswm dros ei chuddio`,hideHint:`Bydd aelodau’n dal i weld yr astudiaeth achos, gyda’r rheswm hwn; ni fydd y cyhoedd yn ei gweld.`,hideReasonEmpty:`Rhowch reswm dros ei chuddio.`,hide:`Cuddio rhag y cyhoedd`,hiddenNow:`Mae’r astudiaeth achos wedi’i chuddio rhag y cyhoedd.`,unhide:`Dangos i’r cyhoedd eto`,unhiddenNow:`Mae’r astudiaeth achos i’w gweld gan y cyhoedd eto.`,working:`Wrthi’n cadw…`},report:{heading:`Rhoi gwybod am broblem`,intro:`Dywedwch wrth guraduron y rhwydwaith a gweinyddwyr y cyngor os yw’r astudiaeth achos hon yn anghywir, wedi dyddio neu os na ddylid ei rhannu.`,open:`Rhoi gwybod am broblem gyda’r astudiaeth achos hon`,reason:`Beth sydd o’i le`,chooseReason:`Dewiswch reswm`,reasonEmpty:`Dewiswch beth sydd o’i le.`,details:`Manylion (dewisol)`,detailsHint:`Beth sydd o’i le, a sut rydych chi’n gwybod. Hyd at 1,000 nod.`,submit:`Anfon yr adroddiad`,sending:`Wrthi’n anfon…`,cancel:`Canslo`,sent:`Diolch. Anfonwyd eich adroddiad at guraduron y rhwydwaith a gweinyddwyr y cyngor.`},reports:{title:`Adroddiadau am astudiaethau achos`,intro:`Mae aelodau’n rhoi gwybod am astudiaethau achos sy’n anghywir, wedi dyddio neu na ddylid eu rhannu. Atebwch bob un gyda’r hyn a wnaed.`,needSignIn:`Mewngofnodwch fel gweinyddwr neu guradur i weld adroddiadau.`,notAllowed:`Dim ond gweinyddwyr a churaduron sy’n gweld adroddiadau.`,show:`Dangos`,showOpen:`Adroddiadau agored`,showResolved:`Adroddiadau wedi’u datrys`,noneOpen:`Does dim adroddiadau agored.`,noneResolved:`Does dim adroddiadau wedi’u datrys.`,count:e=>`${e} adroddiad`,unknownCaseStudy:`Astudiaeth achos na allwch ei gweld mwyach`,council:`Cyngor`,reason:`Rheswm`,details:`Manylion`,reporter:`Adroddwyd gan`,reported:`Dyddiad yr adroddiad`,outcome:`Beth a wnaed`,resolvedBy:`Datryswyd gan`,resolved:`Dyddiad ei ddatrys`,outcomeHint:`Fe’i cedwir gyda’r adroddiad: beth a newidiwyd gennych, neu pam nad oedd angen newid dim.`,outcomeEmpty:`Dywedwch beth a wnaed.`,resolve:`Datrys yr adroddiad`,resolving:`Wrthi’n datrys…`,resolvedNow:`Mae’r adroddiad wedi’i ddatrys.`},revisions:{heading:`Hanes y fersiynau`,intro:`Pob newid a gadwyd, y diweddaraf yn gyntaf. Mae adfer fersiwn gynharach yn cadw ei chynnwys fel fersiwn newydd, felly does dim yn cael ei golli.`,none:`Dim fersiynau i’w dangos.`,version:e=>`Fersiwn ${e}`,current:`cyfredol`,meta:(e,t)=>`${e}, gan ${t}`,unknown:`anhysbys`,before:`Cyn:`,after:`Ar ôl:`,empty:`(gwag)`,noChanges:`Ni newidiodd unrhyw faes.`,base:`Fel yr oedd cyn y newid cyntaf a restrir uchod.`,restore:`Adfer y fersiwn hon`,restoring:`Wrthi’n adfer…`,restored:(e,t)=>`Mae fersiwn ${e} wedi’i hadfer fel fersiwn ${t}.`,showing:(e,t)=>`Yn dangos y ${e} diweddaraf o ${t} fersiwn.`,field:(e,t)=>`${e} (${t})`,fields:{title:`Teitl`,summary:`Crynodeb`,body:`Prif destun`,coTypes:`Y Cyd-`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,language:`Iaith`,visibility:`Gwelededd`,initiativeId:`Menter`,externalId:`Dynodydd allanol`,status:`Statws`,verifiedBy:`Marc dilysu`,deleted:`Wedi’i dileu`,commitments:`Ymrwymiadau`,risks:`Risgiau`}},completeness:{heading:`Cyflawnrwydd`,score:e=>`${e}% yn gyflawn`,missingIntro:`I’w gwneud yn fwy defnyddiol i gynghorau eraill, ychwanegwch:`,complete:`Mae ganddi bopeth a argymhellir.`,missing:{coType:`y Cyd- y mae’n eu dangos (cyd-gomisiynu, cyd-ddylunio, cyd-gyflawni neu gyd-asesu)`,starStep:`cysylltiad â menter, sy’n ei gosod ar un o gamau’r Seren`,outcomeIndicator:`dangosydd canlyniad ar ei menter`,evidence:`tystiolaeth ar gyswllt yn llwybr ei menter`,summary:`crynodeb hirach, o 200 nod o leiaf`,welshTranslation:`cyfieithiad Cymraeg (disgwylir hyn gan gyngor yng Nghymru)`}},translation:{notTranslated:e=>`Dim cyfieithiad Cymraeg eto: mae’r testun yn ${e}.`,machine:`Cyfieithwyd gan beiriant.`,outdated:`Mae’r cyfieithiad hwn yn hŷn na’r gwreiddiol.`,available:`Ieithoedd ar gael`,status:{ORIGINAL:`gwreiddiol`,HUMAN:`cyfieithiad`,MACHINE:`cyfieithiad peirianyddol`,OUTDATED:`cyfieithiad sydd wedi dyddio`},shownIn:e=>`Yn ${e}`},initiative:{heading:`Menter`,about:`Am y fenter hon`,caseStudiesHeading:`Astudiaethau achos y fenter hon`,noCaseStudies:`Does dim astudiaethau achos o’r fenter hon y gallwch eu gweld.`,appraisal:`Arfarniad Ffocysu`,impact:`Effaith (1 i 5)`,ease:`Rhwyddineb (1 i 5)`,quadrant:`Matrics Effaith`,benefitCost:`Cymhareb budd a chost`,annualCost:`Cost y flwyddyn`,annualBenefit:`Budd y flwyddyn`,notAppraised:`Heb ei arfarnu eto.`,openInitiative:`Agor y fenter`},pathway:{heading:`Llwybr at ganlyniadau`,intro:`Sut y disgwylir i’r gweithgareddau arwain at ganlyniadau, a’r dystiolaeth sydd gan bob cyswllt.`,none:`Nid oes llwybr wedi’i gofnodi ar gyfer y fenter hon eto.`,diagramTitle:e=>`Llwybr at ganlyniadau ${e}`,diagramDesc:(e,t,n)=>`${e} cam a ${t} cyswllt; mae gan ${n} cyswllt fwlch tystiolaeth. Rhestrir pob cyswllt isod gyda’i dystiolaeth.`,legend:`N: lefel Nesta · M: lefel Maryland · E: asesiad EMMIE · Llinell doriog goch: bwlch tystiolaeth`,gap:`Bwlch`,gapBadge:`Bwlch tystiolaeth`,gapsSummary:(e,t,n)=>`Nid oes gan ${e} o ${t} cyswllt dystiolaeth ar lefel Nesta ${n} neu uwch.`,noGaps:e=>`Mae gan bob cyswllt dystiolaeth ar lefel Nesta ${e} neu uwch.`,linksHeading:`Y cysylltiadau a’u tystiolaeth`,leadsTo:`yn arwain at`,noEvidence:`Dim tystiolaeth wedi’i chofnodi.`,nesta:(e,t)=>`Lefel Nesta ${e} (${t})`,maryland:e=>`Lefel Maryland ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effaith`,mechanism:`Mecanwaith`,moderators:`Cymedrolwyr`,implementation:`Gweithredu`,economics:`Economeg`},source:`Ffynhonnell`,observed:`Dyddiad`},indicators:{heading:`Dangosyddion canlyniadau`,none:`Dim dangosyddion wedi’u cofnodi.`,baseline:`Llinell sylfaen`,target:`Targed`,latest:`Diweddaraf`,change:`Newid ers y llinell sylfaen`,progressLabel:e=>`Cynnydd tuag at y targed: ${e}`,progress:e=>`${e}% o’r ffordd o’r llinell sylfaen i’r targed`,noProgress:`Ni ellir cyfrifo’r cynnydd: mae angen llinell sylfaen, targed a mesuriad.`,on:(e,t)=>`${e} ar ${t}`},charter:{heading:`Siarter Cyd-gynhyrchu`,none:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adopted:`Mabwysiadwyd`,risksHeading:`Risgiau a sut y cânt eu rheoli`,noRisks:`Dim risgiau wedi’u cofnodi.`,risk:`Risg`,likelihood:`Tebygolrwydd`,impact:`Effaith`,mitigation:`Sut y caiff ei reoli`,signatories:`Llofnodwyd gan`,nothing:`Dim wedi’u cofnodi.`},similar:{heading:`Mentrau tebyg gan gynghorau eraill`,none:`Heb ddod o hyd i fentrau tebyg gan gynghorau eraill.`,match:e=>`${e}% yn cyfateb`,why:`Pam mae’n cyfateb`,sharedCo:`Cyd- yn gyffredin`,sharedTags:`Tagiau yn gyffredin`,sharedWords:`Geiriau yn gyffredin`,sameArea:`Yr un maes gwasanaeth`,furtherAlong:`Ymhellach ar hyd y pum cam`},peerReview:{heading:`Gofyn am adolygiad gan gymheiriaid`,intro:e=>`Gofynnwch i ${e} groesawu eich sefydliad ar gyfer adolygiad gan gymheiriaid neu ymweliad astudio am yr astudiaeth achos hon.`,signInPrompt:`Mewngofnodwch fel aelod o’r rhwydwaith i ofyn am adolygiad gan gymheiriaid.`,editorsOnly:`Golygyddion eich sefydliad sy’n gwneud ceisiadau.`,kind:`Pa fath o ymweliad`,date:`Dyddiad arfaethedig (dewisol)`,dateHint:`Heddiw neu’n hwyrach.`,message:`Neges i’r sefydliad sy’n croesawu (dewisol)`,submit:`Anfon y cais`,sending:`Wrthi’n anfon…`,sent:(e,t,n)=>`Anfonwyd eich cais am ${e.toLowerCase()} at ${t}. Statws: ${n}.`,yours:`Eich ceisiadau am yr astudiaeth achos hon`,on:e=>`arfaethedig ar gyfer ${e}`},editor:{titleNew:`Astudiaeth achos newydd`,titleEdit:e=>`Golygu: ${e}`,titleEditShort:`Golygu astudiaeth achos`,chooseServiceArea:`Dewiswch faes gwasanaeth.`,intro:e=>`Ar gyfer ${e}. Mae astudiaethau achos newydd yn dechrau fel drafftiau.`,introEdit:e=>`Un o astudiaethau achos ${e}.`,errorSummary:`Mae problem`,title:`Teitl`,titleHint:`1 i 200 nod.`,summary:`Crynodeb`,summaryHint:`Un neu ddwy frawddeg ar gyfer rhestrau a chanlyniadau chwilio; hyd at 1,000 nod.`,body:`Yr hanes llawn`,bodyHint:`Testun plaen. Gadewch linell wag rhwng paragraffau.`,coTypes:`Y Cyd- a ddangosir`,coTypesHint:`Dewiswch o leiaf un.`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,tagsHint:`Hyd at 20 tag o hyd at 40 nod yr un, gyda choma rhyngddynt, er enghraifft: pobl-ifanc, comisiynu`,language:`Iaith y testun`,visibility:`Pwy gaiff ei darllen`,initiative:`Menter`,noInitiative:`Heb ei chysylltu â menter`,save:`Cadw’r newidiadau`,create:`Creu’r astudiaeth achos`,saving:`Wrthi’n cadw…`,cancel:`Canslo`,conflict:e=>`Mae rhywun arall wedi cadw’r astudiaeth achos hon ers i chi ei hagor${e==null?``:` (mae bellach ar fersiwn ${e})`}.`,reload:`Taflu fy newidiadau a llwytho’u rhai nhw`,overwrite:`Cadw fy fersiwn i dros eu fersiwn nhw`,needSignIn:`Mewngofnodwch fel golygydd i ysgrifennu astudiaethau achos.`,notEditor:`Ni all eich rôl ysgrifennu astudiaethau achos: gall golygyddion a gweinyddwyr.`,notOwner:e=>`Dim ond golygyddion ${e} all olygu’r astudiaeth achos hon.`,fieldError:e=>`Gwall: ${e}`,otherErrors:`Gwrthododd y gweinydd y newid`},signIn:{title:`Mewngofnodi`,intro:`Mae aelodau’r rhwydwaith yn mewngofnodi gyda thocyn a roddwyd i’w sefydliad. Ar ôl mewngofnodi, fe welwch hefyd yr hyn y mae’r rhwydwaith yn ei rannu â’i aelodau.`,tokenHeading:`Mewngofnodi gyda thocyn`,tokenLabel:`Eich tocyn`,tokenHint:`Gludwch y tocyn (JWT) a roddodd eich sefydliad i chi. Fe’i cedwir yn y tab porwr hwn yn unig.`,tokenSubmit:`Mewngofnodi`,checking:`Wrthi’n gwirio…`,tokenEmpty:`Gludwch docyn yn gyntaf.`,tokenRefused:`Ni dderbyniodd y gweinydd y tocyn hwn.`,devHeading:`Mewngofnodi datblygu`,devIntro:`Mae’r gweinydd hwn yn rhedeg ar ei osodiad datblygu: gall roi tocyn i unrhyw sefydliad yn y rhwydwaith arddangos.`,organisation:`Sefydliad`,role:`Rôl`,curatorHint:`Ar gyfer corff rhwydwaith fel Governance International: yn rhoi astudiaethau achos cyhoeddus dan sylw, yn eu dilysu a’u cuddio, ac yn ateb adroddiadau.`,devSubmit:`Rhoi tocyn datblygu`,devFailed:`Ni roddodd y gweinydd docyn.`,signedIn:(e,t)=>`Rydych wedi mewngofnodi ar gyfer ${e} (${t}).`,expired:`Daeth eich mewngofnodi i ben neu cafodd ei ddirymu. Mewngofnodwch eto.`}},xt=(e,t,n)=>`${e} ${e===1?t:n}`,St={app:{name:`Costar Explorer`,skipLink:`Skip to main content`,mainNav:`Main`,explore:`Explore`,newCaseStudy:`New case study`,reports:`Reports`,signIn:`Sign in`,signOut:`Sign out`,signedInAs:`Signed in as`,switchLanguage:`Cymraeg`,footer:`Co-production practice shared by the councils of the network.`,titleSuffix:`Costar Explorer`},common:{loading:`Loading…`,retry:`Try again`,errorTitle:`Something went wrong`,notFoundTitle:`Page not found`,notFoundBody:`There is nothing at this address, or you are not allowed to see it. Signing in as a member may show more.`,backToExplorer:`Back to the Explorer`,none:`None`,notKnown:`Not known`,council:`Council`,gssCode:`GSS code`,nation:`Nation`,serviceArea:`Service area`,coTypes:`Co's`,step:`Star step`,visibility:`Visibility`,status:`Status`,tags:`Tags`,published:`Published`,updated:`Last updated`,draft:`Draft`,scrollHint:`Scrolls sideways`},errors:{NETWORK:`The server could not be reached. Check your connection and try again.`,NOT_FOUND:`This record does not exist, or you are not allowed to see it.`,FORBIDDEN:`You are not allowed to do this.`,UNAUTHENTICATED:`Your sign-in is no longer valid. Please sign in again.`,BAD_USER_INPUT:`Some of what was sent is not valid.`,CONFLICT:`Someone else changed this record since you opened it.`,RATE_LIMITED:`Too many requests. Wait a moment and try again.`,QUERY_TOO_COMPLEX:`The request asked for too much at once.`,INTERNAL_SERVER_ERROR:`The server failed to answer. Try again later.`,SERVICE_UNAVAILABLE:`The service is not available just now. Try again in a moment.`,TIMEOUT:`The server took too long to answer. Try again, or ask for less at once.`,fallback:`The request failed.`},labels:{co:{CO_COMMISSIONING:`Co-commissioning`,CO_DESIGN:`Co-design`,CO_DELIVERY:`Co-delivery`,CO_ASSESSMENT:`Co-assessment`},coHint:{CO_COMMISSIONING:`Prioritising and planning services with users and communities`,CO_DESIGN:`Redesigning services with citizens`,CO_DELIVERY:`Delivering services and preventive action together`,CO_ASSESSMENT:`Citizens as evaluators of quality and outcomes`},step:{MAP_IT:`Map It`,FOCUS_IT:`Focus It`,PEOPLE_IT:`People It`,MARKET_IT:`Market It`,GROW_IT:`Grow It`},nation:{ENGLAND:`England`,SCOTLAND:`Scotland`,WALES:`Wales`,NORTHERN_IRELAND:`Northern Ireland`},area:{ADULT_SOCIAL_CARE:`Adult social care`,CHILDREN_AND_YOUNG_PEOPLE:`Children and young people`,HEALTH:`Health`,COMMUNITY_SAFETY:`Community safety`,ENVIRONMENT:`Environment`,HOUSING:`Housing`,EDUCATION:`Education`,CULTURE_AND_LEISURE:`Culture and leisure`,TRANSPORT:`Transport`,COMMISSIONING_AND_FUNDING:`Commissioning and funding`,WHOLE_COUNCIL:`Whole council`,OTHER:`Other`},visibility:{PRIVATE:`Private: your organisation only`,NETWORK:`Network: members of the network`,PUBLIC:`Public: anyone, once published`},visibilityShort:{PRIVATE:`Private`,NETWORK:`Network`,PUBLIC:`Public`},status:{DRAFT:`Draft`,PUBLISHED:`Published`,ARCHIVED:`Archived`},stepKind:{ACTIVITY:`Activities`,OUTPUT:`Outputs`,INTERMEDIATE_OUTCOME:`Intermediate outcomes`,FINAL_OUTCOME:`Final outcomes`},peerReviewKind:{PEER_REVIEW:`Peer review`,STUDY_VISIT:`Study visit`},peerReviewStatus:{REQUESTED:`Requested`,ACCEPTED:`Accepted`,DECLINED:`Declined`,COMPLETED:`Completed`,CANCELLED:`Cancelled`},party:{SERVICE:`The public service`,COMMUNITY:`The community`},commitmentKind:{RIGHT:`Rights`,RESPONSIBILITY:`Responsibilities`},riskLevel:{LOW:`Low`,MEDIUM:`Medium`,HIGH:`High`},charterStatus:{DRAFT:`Draft`,ADOPTED:`Adopted`,RETIRED:`Retired`},indicatorKind:{OUTCOME:`Outcome indicator`,PROCESS:`Process indicator`},quadrant:{QUICK_WIN:`Quick win`,MAJOR_PROJECT:`Major project`,FILL_IN:`Fill-in`,THANKLESS_TASK:`Thankless task`},role:{VIEWER:`Viewer`,EDITOR:`Editor`,ADMIN:`Administrator`,SYNC:`Sync partner`,CURATOR:`Curator`},reportReason:{INACCURATE:`Inaccurate information`,OUTDATED:`Out of date`,PERSONAL_DATA:`Contains personal data`,OFFENSIVE:`Offensive`,COPYRIGHT:`Breaches copyright`,SPAM:`Spam or advertising`,OTHER:`Something else`},reportStatus:{OPEN:`Open`,RESOLVED:`Resolved`},order:{UPDATED_AT:`Recently updated`,PUBLISHED_AT:`Recently published`,TITLE:`Title (A to Z)`,RELEVANCE:`Best match`},languageName:e=>({en:`English`,cy:`Welsh`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`an account of impact`,`correlation`,`causation`,`independent replication`,`scaled`][e-1]??``},home:{title:`Co-production case studies`,titleSearch:e=>`“${e}”: case studies`,intro:`Case studies from councils across the UK, placed on the Co-Production Star: the Four Co's (how citizens take part) and the five steps of the journey.`,searchLabel:`Search case studies`,searchHint:`Words in the title, summary, tags or text`,searchButton:`Search`,starHeading:`The Co-Production Star`,starCaption:`Case studies by Co and step`,starHint:`Choose a number to show those case studies; choose it again to show all. Choose a Co or a step to filter by it alone.`,starCorner:`Co / step`,coButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this Co`,stepButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this step`,cellLabel:(e,t,n,r)=>`${xt(e,`case study`,`case studies`)}: ${t} at ${n}${r?` (shown; choose to show all)`:``}`,filtersHeading:`Filters`,facetCo:`Co's`,facetStep:`Star step`,facetArea:`Service area`,facetNation:`Nation`,facetLanguage:`Language`,facetEvidence:`Evidence on the pathway`,evidenceHint:`Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.`,anyArea:`All service areas`,anyEvidence:`Any, or none`,evidenceAtLeast:e=>`Level ${e} or higher`,resultsHeading:`Case studies`,count:e=>xt(e,`case study`,`case studies`),showing:(e,t)=>`Showing ${e} of ${t}`,sortLabel:`Sort by`,loadMore:`Load more`,loadingMore:`Loading more…`,noResults:`No case studies match these filters.`,clearFilters:`Clear all filters`,searchFor:e=>`Search: “${e}”`,removeFilter:e=>`Remove filter: ${e}`,activeFilters:`Filters in use`},caseStudy:{about:`About this case study`,councilHeading:`Council`,initiative:`Initiative`,noInitiative:`This case study is not linked to an initiative you can see.`,edit:`Edit this case study`,publish:`Publish`,publishing:`Publishing…`,publishedNow:`The case study is published.`,saved:`Your changes are saved.`,created:`The case study is created as a draft.`,storyHeading:`The story`},curation:{featured:`Featured`,verified:`Verified`,verifiedBy:(e,t)=>`Verified by ${e} on ${t}.`,verifiedOn:e=>`Verified on ${e}.`,note:`Note:`,hidden:e=>`Hidden from the public: ${e}`,featuredHeading:`Featured by the network`,featuredIntro:`Case studies the network's curators recommend.`,heading:`Curation`,intro:e=>`As a curator for ${e}, you can feature, verify or hide this case study.`,notCuratable:`Only public, published case studies can be featured, verified or hidden.`,feature:`Feature on the home page`,unfeature:`Stop featuring`,featuredNow:`The case study is featured on the home page.`,unfeaturedNow:`The case study is no longer featured.`,verifyNote:`Verification note (optional)`,verifyHint:`What you checked, and against what.`,verify:`Mark as verified`,verifiedNow:`The case study is marked as verified.`,hideReason:`Reason for hiding it`,hideHint:`Members still see the case study, with this reason; the public does not.`,hideReasonEmpty:`Give a reason for hiding it.`,hide:`Hide from the public`,hiddenNow:`The case study is hidden from the public.`,unhide:`Show to the public again`,unhiddenNow:`The case study is shown to the public again.`,working:`Saving…`},report:{heading:`Report a problem`,intro:`Tell the network's curators and the council's administrators if this case study is wrong, out of date or should not be shared.`,open:`Report this case study`,reason:`What is wrong`,chooseReason:`Choose a reason`,reasonEmpty:`Choose what is wrong.`,details:`Details (optional)`,detailsHint:`What is wrong, and how you know. Up to 1,000 characters.`,submit:`Send the report`,sending:`Sending…`,cancel:`Cancel`,sent:`Thank you. Your report was sent to the network's curators and the council's administrators.`},reports:{title:`Reports about case studies`,intro:`Members report case studies that are wrong, out of date or should not be shared. Answer each with what was done.`,needSignIn:`Sign in as an administrator or a curator to see reports.`,notAllowed:`Only administrators and curators see reports.`,show:`Show`,showOpen:`Open reports`,showResolved:`Resolved reports`,noneOpen:`There are no open reports.`,noneResolved:`There are no resolved reports.`,count:e=>xt(e,`report`,`reports`),unknownCaseStudy:`A case study you can no longer see`,council:`Council`,reason:`Reason`,details:`Details`,reporter:`Reported by`,reported:`Reported on`,outcome:`What was done`,resolvedBy:`Resolved by`,resolved:`Resolved on`,outcomeHint:`Kept with the report: what you changed, or why nothing needed to change.`,outcomeEmpty:`Say what was done.`,resolve:`Resolve the report`,resolving:`Resolving…`,resolvedNow:`The report is resolved.`},revisions:{heading:`Revision history`,intro:`Every saved change, newest first. Restoring an earlier version saves its content as a new version, so nothing is lost.`,none:`No revisions to show.`,version:e=>`Version ${e}`,current:`current`,meta:(e,t)=>`${e}, by ${t}`,unknown:`unknown`,before:`Before:`,after:`After:`,empty:`(empty)`,noChanges:`No field changed.`,base:`As it was before the first change listed above.`,restore:`Restore this version`,restoring:`Restoring…`,restored:(e,t)=>`Version ${e} is restored as version ${t}.`,showing:(e,t)=>`Showing the latest ${e} of ${t} revisions.`,field:(e,t)=>`${e} (${t})`,fields:{title:`Title`,summary:`Summary`,body:`Body`,coTypes:`Co's`,serviceArea:`Service area`,tags:`Tags`,language:`Language`,visibility:`Visibility`,initiativeId:`Initiative`,externalId:`External id`,status:`Status`,verifiedBy:`Verified mark`,deleted:`Deleted`,commitments:`Commitments`,risks:`Risks`}},completeness:{heading:`Completeness`,score:e=>`${e}% complete`,missingIntro:`To make it more useful to other councils, add:`,complete:`It has everything recommended.`,missing:{coType:`the Co's it shows (co-commissioning, co-design, co-delivery or co-assessment)`,starStep:`a link to an initiative, which places it on a step of the Star`,outcomeIndicator:`an outcome indicator on its initiative`,evidence:`evidence on a link of its initiative's pathway`,summary:`a longer summary, of at least 200 characters`,welshTranslation:`a Welsh translation (expected of a council in Wales)`}},translation:{notTranslated:e=>`Not yet translated into English: shown in ${e}.`,machine:`Translated by machine.`,outdated:`This translation is older than the original.`,available:`Available in`,status:{ORIGINAL:`original`,HUMAN:`translation`,MACHINE:`machine translation`,OUTDATED:`out-of-date translation`},shownIn:e=>`In ${e}`},initiative:{heading:`Initiative`,about:`About this initiative`,caseStudiesHeading:`Case studies of this initiative`,noCaseStudies:`No case studies of this initiative that you can see.`,appraisal:`Focus It appraisal`,impact:`Impact (1 to 5)`,ease:`Ease (1 to 5)`,quadrant:`Impact Matrix`,benefitCost:`Benefit-cost ratio`,annualCost:`Cost per year`,annualBenefit:`Benefit per year`,notAppraised:`Not appraised yet.`,openInitiative:`Open the initiative`},pathway:{heading:`Pathway to outcomes`,intro:`How the activities are expected to lead to outcomes, and the evidence that each link holds.`,none:`No pathway has been recorded for this initiative yet.`,diagramTitle:e=>`Pathway to outcomes of ${e}`,diagramDesc:(e,t,n)=>`${xt(e,`step`,`steps`)} and ${xt(t,`link`,`links`)}; ${xt(n,`link has`,`links have`)} an evidence gap. Each link is listed below with its evidence.`,legend:`N: Nesta level · M: Maryland level · E: EMMIE assessed · Dashed red: evidence gap`,gap:`Gap`,gapBadge:`Evidence gap`,gapsSummary:(e,t,n)=>`${e} of ${xt(t,`link has`,`links have`)} no evidence at Nesta level ${n} or above.`,noGaps:e=>`Every link has evidence at Nesta level ${e} or above.`,linksHeading:`Links and their evidence`,leadsTo:`leads to`,noEvidence:`No evidence recorded.`,nesta:(e,t)=>`Nesta level ${e} (${t})`,maryland:e=>`Maryland level ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effect`,mechanism:`Mechanism`,moderators:`Moderators`,implementation:`Implementation`,economics:`Economics`},source:`Source`,observed:`Observed`},indicators:{heading:`Outcome indicators`,none:`No indicators recorded.`,baseline:`Baseline`,target:`Target`,latest:`Latest`,change:`Change since baseline`,progressLabel:e=>`Progress towards target: ${e}`,progress:e=>`${e}% of the way from baseline to target`,noProgress:`Progress cannot be worked out: a baseline, target and measurement are all needed.`,on:(e,t)=>`${e} on ${t}`},charter:{heading:`Co-Production Charter`,none:`No charter recorded for this initiative.`,adopted:`Adopted`,risksHeading:`Risks and how they are managed`,noRisks:`No risks recorded.`,risk:`Risk`,likelihood:`Likelihood`,impact:`Impact`,mitigation:`How it is managed`,signatories:`Signed by`,nothing:`None recorded.`},similar:{heading:`Similar initiatives of other councils`,none:`No similar initiatives of other councils found.`,match:e=>`${e}% match`,why:`Why it matches`,sharedCo:`Shared Co's`,sharedTags:`Shared tags`,sharedWords:`Shared words`,sameArea:`Same service area`,furtherAlong:`Further along the five steps`},peerReview:{heading:`Request a peer review`,intro:e=>`Ask ${e} to host your organisation for a peer review or a study visit about this case study.`,signInPrompt:`Sign in as a member of the network to request a peer review.`,editorsOnly:`Requests are made by editors of your organisation.`,kind:`What kind of visit`,date:`Proposed date (optional)`,dateHint:`Today or later.`,message:`Message to the host (optional)`,submit:`Send the request`,sending:`Sending…`,sent:(e,t,n)=>`Your request for a ${e.toLowerCase()} was sent to ${t}. Status: ${n}.`,yours:`Your requests about this case study`,on:e=>`proposed for ${e}`},editor:{titleNew:`New case study`,titleEdit:e=>`Edit: ${e}`,titleEditShort:`Edit a case study`,chooseServiceArea:`Choose a service area.`,intro:e=>`For ${e}. New case studies start as drafts.`,introEdit:e=>`A case study of ${e}.`,errorSummary:`There is a problem`,title:`Title`,titleHint:`1 to 200 characters.`,summary:`Summary`,summaryHint:`One or two sentences for lists and search results; up to 1,000 characters.`,body:`The full account`,bodyHint:`Plain text. Leave a blank line between paragraphs.`,coTypes:`Co's the case shows`,coTypesHint:`Choose at least one.`,serviceArea:`Service area`,tags:`Tags`,tagsHint:`Up to 20 tags of up to 40 characters, separated by commas, for example: young-people, commissioning`,language:`Language of the text`,visibility:`Who may read it`,initiative:`Initiative`,noInitiative:`Not linked to an initiative`,save:`Save changes`,create:`Create the case study`,saving:`Saving…`,cancel:`Cancel`,conflict:e=>`Someone else saved this case study since you opened it${e==null?``:` (it is now at version ${e})`}.`,reload:`Discard my changes and load theirs`,overwrite:`Save my version over theirs`,needSignIn:`Sign in as an editor to write case studies.`,notEditor:`Your role cannot write case studies: editors and administrators can.`,notOwner:e=>`Only editors of ${e} can edit this case study.`,fieldError:e=>`Error: ${e}`,otherErrors:`The server refused the change`},signIn:{title:`Sign in`,intro:`Members of the network sign in with a token issued for their organisation. Signed in, you also see what the network shares with its members.`,tokenHeading:`Sign in with a token`,tokenLabel:`Your token`,tokenHint:`Paste the bearer token (a JWT) your organisation gave you. It is kept only in this browser tab.`,tokenSubmit:`Sign in`,checking:`Checking…`,tokenEmpty:`Paste a token first.`,tokenRefused:`The server did not accept this token.`,devHeading:`Development sign-in`,devIntro:`This server runs on its development default: it can issue a token for any organisation of the demo network.`,organisation:`Organisation`,role:`Role`,curatorHint:`For a network body such as Governance International: features, verifies and hides public case studies, and answers reports.`,devSubmit:`Issue a development token`,devFailed:`The server did not issue a token.`,signedIn:(e,t)=>`You are signed in for ${e} (${t}).`,expired:`Your sign-in expired or was revoked. Please sign in again.`}},Ct=`costar.ui-lang`,wt={en:St,cy:bt},Tt=new Set;function Et(){try{let e=localStorage.getItem(Ct);if(e===`en`||e===`cy`)return e}catch{}return navigator.language.toLowerCase().startsWith(`cy`)?`cy`:`en`}var Dt=Et();function Ot(){return Dt}function kt(){return wt[Dt]}function At(e){Dt=e,document.documentElement.lang=e;try{localStorage.setItem(Ct,e)}catch{}for(let e of Tt)e()}function U(){let[,e]=L(Dt);return R(()=>{let t=()=>e(Dt);return Tt.add(t),()=>{Tt.delete(t)}},[]),Dt}function W(){return wt[U()]}function jt(){return Dt===`cy`?`cy-GB`:`en-GB`}function Mt(e,t){return new Intl.NumberFormat(jt(),t).format(e)}function G(e){let t=new Date(e.length===10?`${e}T00:00:00Z`:e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(jt(),{dateStyle:`long`,timeZone:`UTC`}).format(t)}function Nt(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(jt(),{dateStyle:`long`,timeStyle:`short`}).format(t)}function Pt(){let[e,t]=L(ze());return R(()=>We(()=>t(ze())),[]),e}function Ft(e){return e instanceof V?e:new V([mt(`UNKNOWN`,String(e))],0)}function K(e,t,n={}){let r=Pt(),i=`${JSON.stringify(t)}|${r??``}|${n.skip?`skip`:``}`,[a,o]=L(0),[s,c]=L({key:``,loading:!n.skip}),l=z(t);l.current=t,R(()=>{if(n.skip){c({key:i,loading:!1});return}let t=new AbortController;return c(e=>({key:i,data:n.keepPrevious||e.key===i?e.data:void 0,loading:!0})),(n.partial?vt(e,l.current,{signal:t.signal}):H(e,l.current,{signal:t.signal}).then(e=>({data:e,error:null}))).then(({data:e,error:t})=>c({key:i,data:e,error:t??void 0,loading:!1}),e=>{t.signal.aborted||c(t=>({key:i,data:t.data,error:Ft(e),loading:!1}))}),()=>t.abort()},[i,a]);let u=s.key===i;return{data:u||n.keepPrevious?s.data:void 0,error:u?s.error:void 0,loading:!u||s.loading,reload:()=>o(e=>e+1)}}var It=P({viewer:null,loading:!1});function Lt(){return Te(It)}function Rt(e){return e?.roles.some(e=>e===`EDITOR`||e===`ADMIN`)??!1}function zt(e){return e?.roles.includes(`CURATOR`)??!1}function Bt(e){return e?.roles.some(e=>e===`ADMIN`||e===`CURATOR`)??!1}function Vt(e){let t=W();R(()=>{document.title=e?`${e} – ${t.app.titleSuffix}`:t.app.titleSuffix},[e,t])}function q(e){let t=kt(),n=e.errors[0];if(!n)return t.errors.fallback;let r=t.errors[n.code];return n.code===`BAD_USER_INPUT`||n.code===`FORBIDDEN`||n.code===`CONFLICT`?`${r??t.errors.fallback} ${n.message}`:r??`${t.errors.fallback} ${n.message}`}function J(){return e=>e}var Ht=J()([`CO_COMMISSIONING`,`CO_DESIGN`,`CO_DELIVERY`,`CO_ASSESSMENT`]),Ut=J()([`MAP_IT`,`FOCUS_IT`,`PEOPLE_IT`,`MARKET_IT`,`GROW_IT`]),Wt=J()([`ENGLAND`,`SCOTLAND`,`WALES`,`NORTHERN_IRELAND`]),Gt=J()([`ADULT_SOCIAL_CARE`,`CHILDREN_AND_YOUNG_PEOPLE`,`HEALTH`,`COMMUNITY_SAFETY`,`ENVIRONMENT`,`HOUSING`,`EDUCATION`,`CULTURE_AND_LEISURE`,`TRANSPORT`,`COMMISSIONING_AND_FUNDING`,`WHOLE_COUNCIL`,`OTHER`]),Kt=J()([`PRIVATE`,`NETWORK`,`PUBLIC`]),qt=J()([`ACTIVITY`,`OUTPUT`,`INTERMEDIATE_OUTCOME`,`FINAL_OUTCOME`]),Jt=J()([`INACCURATE`,`OUTDATED`,`PERSONAL_DATA`,`OFFENSIVE`,`COPYRIGHT`,`SPAM`,`OTHER`]),Yt=J()([`UPDATED_AT`,`PUBLISHED_AT`,`TITLE`,`RELEVANCE`]),Xt=[1,2,3,4,5];function Zt(e,t){return t!=null&&e.includes(t)}var Qt=Symbol.for(`pv`),$t=0;Array.isArray;function Y(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Qt,__v:--$t,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function en({coTypes:e}){let t=W();return Y(`ul`,{class:`chips`,children:Ht.filter(t=>e.includes(t)).map(e=>Y(`li`,{class:`chip chip-${e.toLowerCase().replace(`_`,`-`)}`,children:t.labels.co[e]},e))})}function tn({step:e}){return Y(`span`,{class:`step-badge`,children:W().labels.step[e]})}function X(e,t,n){let r=[t?`${e}-hint`:null,n?`${e}-error`:null].filter(Boolean);return r.length>0?r.join(` `):void 0}function nn({id:e,error:t}){let n=W();return t?Y(`p`,{class:`field-error`,id:`${e}-error`,children:n.editor.fieldError(t)}):null}function Z({id:e,label:t,hint:n,error:r,children:i}){return Y(`div`,{class:`field${r?` has-error`:``}`,children:[Y(`label`,{for:e,class:`label`,children:t}),n&&Y(`p`,{class:`hint`,id:`${e}-hint`,children:n}),Y(nn,{id:e,error:r}),i]})}var rn=1e3;function an({featured:e,verifiedAt:t}){let n=W();return Y(b,{children:[e&&Y(`span`,{class:`badge badge-featured`,children:n.curation.featured}),t&&Y(`span`,{class:`badge badge-verified`,children:n.curation.verified})]})}function on({cs:e}){let t=W(),{viewer:n}=Lt();return Y(b,{children:[e.hiddenAt&&n&&Y(`div`,{class:`notice notice-warning curation-hidden`,children:Y(`p`,{children:t.curation.hidden(e.hiddenReason??``)})}),(e.featured||e.verifiedAt)&&Y(`div`,{class:`curation-notes`,children:[Y(`p`,{class:`curation-marks`,children:[Y(an,{featured:e.featured,verifiedAt:e.verifiedAt}),e.verifiedAt&&Y(`span`,{class:`verified-by`,children:e.verifiedBy?t.curation.verifiedBy(e.verifiedBy.name,G(e.verifiedAt)):t.curation.verifiedOn(G(e.verifiedAt))})]}),e.verifiedAt&&e.verificationNote&&Y(`p`,{class:`verification-note`,children:[t.curation.note,` `,e.verificationNote]})]})]})}function sn({cs:e,onChanged:t}){let n=W(),{viewer:r}=Lt(),[i,a]=L(!1),[o,s]=L(null),[c,l]=L(null),[u,d]=L(``),[f,p]=L(``),[m,h]=L(null);if(!r||!zt(r))return null;let g=async(e,n)=>{a(!0),l(null),s(null);try{return await e(),s(n),t(),!0}catch(e){if(e instanceof V)l(e);else throw e;return!1}finally{a(!1)}},_=t=>void g(()=>H(Ge,{id:e.id,featured:t}),t?`featuredNow`:`unfeaturedNow`),v=async t=>{t.preventDefault(),await g(()=>H(Ke,{id:e.id,note:u.trim()||null}),`verifiedNow`)&&d(``)},y=async t=>{t.preventDefault();let r=f.trim();h(r?null:n.curation.hideReasonEmpty),r?await g(()=>H(qe,{id:e.id,reason:r}),`hiddenNow`)&&p(``):document.getElementById(`hide-reason`)?.focus()},x=e.visibility===`PUBLIC`&&e.status===`PUBLISHED`;return Y(`section`,{class:`section panel curator-tools`,"aria-labelledby":`curation-h`,children:[Y(`h2`,{id:`curation-h`,children:n.curation.heading}),Y(`p`,{children:n.curation.intro(r.organisation.name)}),Y(`div`,{"aria-live":`polite`,class:`live`,children:o&&Y(`div`,{class:`notice notice-success curation-done`,children:Y(`p`,{children:n.curation[o]})})}),c&&Y(`p`,{class:`error-text`,role:`alert`,children:q(c)}),x?Y(b,{children:[Y(`div`,{class:`actions`,children:[Y(`button`,{type:`button`,class:`button button-secondary`,disabled:i,onClick:()=>_(!e.featured),children:e.featured?n.curation.unfeature:n.curation.feature}),e.hiddenAt&&Y(`button`,{type:`button`,class:`button button-secondary`,disabled:i,onClick:()=>void g(()=>H(Je,{id:e.id}),`unhiddenNow`),children:n.curation.unhide})]}),Y(`form`,{class:`form`,noValidate:!0,onSubmit:e=>void v(e),children:[Y(Z,{id:`verify-note`,label:n.curation.verifyNote,hint:n.curation.verifyHint,children:Y(`textarea`,{id:`verify-note`,class:`textarea`,rows:2,maxLength:rn,value:u,"aria-describedby":X(`verify-note`,n.curation.verifyHint,null),onInput:e=>d(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button`,disabled:i,children:i?n.curation.working:n.curation.verify})]}),!e.hiddenAt&&Y(`form`,{class:`form curation-hide`,noValidate:!0,onSubmit:e=>void y(e),children:[Y(Z,{id:`hide-reason`,label:n.curation.hideReason,hint:n.curation.hideHint,error:m,children:Y(`textarea`,{id:`hide-reason`,class:`textarea`,rows:2,maxLength:rn,value:f,"aria-required":`true`,"aria-invalid":m?!0:void 0,"aria-describedby":X(`hide-reason`,n.curation.hideHint,m),onInput:e=>p(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button button-warning`,disabled:i,children:n.curation.hide})]})]}):Y(`p`,{class:`hint`,children:n.curation.notCuratable})]})}var cn=176,ln=128,un=12,dn=16,fn=9,pn=22,mn=21,hn=6;function gn(e,t=mn,n=hn){let r=[],i=``;for(let n of e.split(/\s+/).filter(Boolean))i&&i.length+1+n.length>t?(r.push(i),i=n):i=i?`${i} ${n}`:n;if(i&&r.push(i),r.length>n){let e=r.slice(0,n);return e[n-1]=`${(e[n-1]??``).replace(/\s*\S*$/,``)}…`,e}return r}function _n(e,t){let n=null;for(let r of e){let e=t(r);e!=null&&(n==null||e>n)&&(n=e)}return n}function vn(e,t,n){let r=[];t&&r.push(n);let i=_n(e.evidence,e=>e.nestaLevel),a=_n(e.evidence,e=>e.marylandLevel);return i!=null&&r.push(`N${i}`),a!=null&&r.push(`M${a}`),e.evidence.some(e=>e.emmie)&&r.push(`E`),r.join(` · `)||`–`}function yn({pathway:e,gapIds:t,title:n,id:r}){let i=W(),a=new Map,o=qt.map(t=>{let n=e.steps.filter(e=>e.kind===t);return n.reduce((e,t)=>e+gn(t.label).length*dn+18,0)+Math.max(0,n.length-1)*pn}),s=Math.max(...o,60);qt.forEach((t,n)=>{let r=un+n*304,i=46+(s-(o[n]??0))/2;for(let n of e.steps.filter(e=>e.kind===t)){let e=gn(n.label),o=e.length*dn+18;a.set(n.id,{x:r,y:i,h:o,lines:e,kind:t}),i+=o+pn}});let c=24+qt.length*cn+(qt.length-1)*ln,l=58+s,u=e.links.filter(e=>t.has(e.id)).length;return Y(`svg`,{class:`pathway-svg`,width:c,height:l,viewBox:`0 0 ${c} ${l}`,role:`img`,"aria-labelledby":`${r}-title ${r}-desc`,children:[Y(`title`,{id:`${r}-title`,children:i.pathway.diagramTitle(n)}),Y(`desc`,{id:`${r}-desc`,children:i.pathway.diagramDesc(e.steps.length,e.links.length,u)}),Y(`defs`,{children:[Y(`marker`,{id:`${r}-arrow`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:Y(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head`})}),Y(`marker`,{id:`${r}-arrow-gap`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:Y(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head arrow-head-gap`})})]}),qt.map((e,t)=>Y(`text`,{class:`pathway-col-head`,x:un+t*304+cn/2,y:24,"text-anchor":`middle`,children:i.labels.stepKind[e]},e)),e.links.map(e=>{let n=a.get(e.from.id),i=a.get(e.to.id);if(!n||!i)return null;let o=t.has(e.id),s=n.x+cn,c=n.y+n.h/2,l=i.x-2,u=i.y+i.h/2,d=Math.max(40,(l-s)/2);return Y(`path`,{class:`pathway-link${o?` is-gap`:``}`,d:`M ${s} ${c} C ${s+d} ${c}, ${l-d} ${u}, ${l} ${u}`,"marker-end":`url(#${r}-arrow${o?`-gap`:``})`},e.id)}),e.steps.map(e=>{let t=a.get(e.id);return t?Y(`g`,{class:`pathway-node kind-${t.kind.toLowerCase().replace(/_/g,`-`)}`,children:[Y(`rect`,{x:t.x,y:t.y,width:cn,height:t.h,rx:`6`}),Y(`text`,{x:t.x+fn,y:t.y+fn+12,children:t.lines.map((e,n)=>Y(`tspan`,{x:t.x+fn,dy:n===0?0:dn,children:e},n))})]},e.id):null}),e.links.map((e,n)=>{let r=a.get(e.from.id),o=a.get(e.to.id);if(!r||!o)return null;let s=t.has(e.id),c=vn(e,s,i.pathway.gap),l=(r.x+cn+o.x)/2,u=(r.y+r.h/2+o.y+o.h/2)/2,d=c.length*7+36,f=l-d/2;return Y(`g`,{class:`pathway-label${s?` is-gap`:``}`,children:[Y(`rect`,{x:f,y:u-11,width:d,height:`22`,rx:`11`}),Y(`circle`,{cx:f+11,cy:u,r:`9`,class:`pathway-label-number`}),Y(`text`,{x:f+11,y:u+4,"text-anchor":`middle`,class:`pathway-label-number-text`,children:n+1}),Y(`text`,{x:f+24,y:u+4,children:c})]},e.id)})]})}function bn({evidence:e}){let t=W(),n=e.emmie,r=n?[`effect`,`mechanism`,`moderators`,`implementation`,`economics`].filter(e=>n[e]):[];return Y(`li`,{class:`evidence`,children:[Y(`p`,{children:e.summary}),Y(`ul`,{class:`grades`,children:[e.nestaLevel!=null&&Y(`li`,{class:`grade`,children:t.pathway.nesta(e.nestaLevel,t.labels.nestaLevel(e.nestaLevel))}),e.marylandLevel!=null&&Y(`li`,{class:`grade`,children:t.pathway.maryland(e.marylandLevel)}),n&&Y(`li`,{class:`grade`,children:t.pathway.emmie})]}),r.length>0&&n&&Y(`dl`,{class:`emmie`,children:r.map(e=>Y(`div`,{children:[Y(`dt`,{children:t.pathway.emmieDims[e]}),Y(`dd`,{children:n[e]})]},e))}),(e.source!=null||e.observedOn!=null)&&Y(`p`,{class:`evidence-source`,children:[e.source&&Y(`span`,{children:[t.pathway.source,`: `,e.source]}),e.observedOn&&Y(`span`,{children:[t.pathway.observed,`: `,G(e.observedOn)]})]})]})}function xn({initiative:e}){let t=W(),{pathway:n}=e,r=new Set(e.evidenceGaps.map(e=>e.id)),i=new Map(n.steps.map(e=>[e.id,e.label])),a=n.links.filter(e=>r.has(e.id)).length;return Y(`section`,{class:`section`,"aria-labelledby":`pathway-h`,children:[Y(`h2`,{id:`pathway-h`,children:t.pathway.heading}),n.steps.length===0?Y(`p`,{class:`empty`,children:t.pathway.none}):Y(b,{children:[Y(`p`,{children:t.pathway.intro}),Y(`p`,{class:a>0?`gap-summary has-gaps`:`gap-summary`,children:a>0?Y(b,{children:[Y(`span`,{class:`gap-icon`,"aria-hidden":`true`,children:`!`}),t.pathway.gapsSummary(a,n.links.length,2)]}):t.pathway.noGaps(2)}),Y(`div`,{class:`diagram-scroll`,role:`region`,"aria-label":t.pathway.diagramTitle(e.title),tabIndex:0,children:Y(yn,{pathway:n,gapIds:r,title:e.title,id:`pathway`})}),Y(`p`,{class:`legend`,children:t.pathway.legend}),Y(`h3`,{children:t.pathway.linksHeading}),Y(`ol`,{class:`pathway-links`,children:n.links.map((e,n)=>{let a=r.has(e.id);return Y(`li`,{class:`pathway-link-item${a?` is-gap`:``}`,"data-link-id":e.id,children:[Y(`p`,{class:`link-title`,children:[Y(`span`,{class:`link-number`,children:n+1}),Y(`span`,{children:[i.get(e.from.id),` `,Y(`span`,{class:`leads-to`,children:t.pathway.leadsTo}),` `,i.get(e.to.id)]}),a&&Y(`strong`,{class:`gap-badge`,children:t.pathway.gapBadge})]}),e.evidence.length===0?Y(`p`,{class:`empty`,children:t.pathway.noEvidence}):Y(`ul`,{class:`evidence-list`,children:e.evidence.map(e=>Y(bn,{evidence:e},e.id))})]},e.id)})})]})]})}var Sn=new Set;function Cn(){return{path:window.location.pathname,search:window.location.search}}var wn=Cn();function Tn(){wn=Cn();for(let e of Sn)e()}var En=!1;function Dn(){let e=En;return En=!1,e}function On(e,t={}){let n=new URL(e,window.location.href),r=n.pathname+n.search+n.hash;(r!==window.location.pathname+window.location.search+window.location.hash||t.replace)&&(t.replace?window.history.replaceState(null,``,r):window.history.pushState(null,``,r),En=!t.keepFocus,Tn(),t.keepScroll||window.scrollTo(0,0))}function kn(){let[e,t]=L(wn);return R(()=>{let e=()=>t(wn);return Sn.add(e),e(),()=>{Sn.delete(e)}},[]),e}function An(){window.addEventListener(`popstate`,()=>{let e=Cn();(e.path!==wn.path||e.search!==wn.search)&&(En=!0,Tn())}),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target instanceof Element?e.target.closest(`a`):null;if(!t?.href||t.hasAttribute(`download`)||t.target&&t.target!==`_self`)return;let n=new URL(t.href);n.origin===window.location.origin&&(n.pathname===window.location.pathname&&n.search===window.location.search&&n.hash||(e.preventDefault(),On(n.pathname+n.search+n.hash)))})}function jn(e){try{return decodeURIComponent(e)}catch{return e}}function Mn(e){let t=e.split(`/`).filter(e=>e!==``),[n,r,i]=t;if(t.length===0)return{name:`home`};if(n===`sign-in`&&t.length===1)return{name:`signIn`};if(n===`reports`&&t.length===1)return{name:`reports`};if(n===`case-studies`&&r!==void 0){if(t.length===2)return r===`new`?{name:`caseStudyNew`}:{name:`caseStudy`,id:jn(r)};if(t.length===3&&i===`edit`)return{name:`caseStudyEdit`,id:jn(r)}}return n===`initiatives`&&r!==void 0&&t.length===2?{name:`initiative`,id:jn(r)}:{name:`notFound`}}var Q={home:`/`,caseStudy:e=>`/case-studies/${encodeURIComponent(e)}`,caseStudyEdit:e=>`/case-studies/${encodeURIComponent(e)}/edit`,caseStudyNew:`/case-studies/new`,initiative:e=>`/initiatives/${encodeURIComponent(e)}`,signIn:e=>e?`/sign-in?next=${encodeURIComponent(e)}`:`/sign-in`,reports:`/reports`};function Nn(e){return(e.split(`-`)[0]??e).toLowerCase()}function Pn(e,t){return e.some(e=>Nn(e.language)===Nn(t))}var Fn={en:`English`,cy:`Cymraeg`};function In(e){let t=Fn[Nn(e)];if(t)return t;try{return new Intl.DisplayNames([e],{type:`language`}).of(e)??e}catch{return e}}function Ln({served:e,translations:t}){let n=W(),r=U(),i=t.find(t=>t.language===e)?.status,a=[];return Pn(t,r)||a.push(n.translation.notTranslated(n.labels.languageName(e))),i===`MACHINE`&&a.push(n.translation.machine),i===`OUTDATED`&&a.push(n.translation.outdated),a.length>0?Y(`p`,{class:`translation-note`,children:a.join(` `)}):null}function Rn({translations:e}){let t=W();return Y(`div`,{children:[Y(`dt`,{children:t.translation.available}),Y(`dd`,{class:`languages-available`,children:e.map((e,n)=>Y(b,{children:[n>0&&`, `,Y(`span`,{lang:e.language,children:In(e.language)}),` (`,t.translation.status[e.status],`)`]},e.language))})]})}function zn({served:e,translations:t}){let n=W();return Pn(t,U())?null:Y(`span`,{class:`badge badge-lang`,children:[Y(`span`,{"aria-hidden":`true`,children:Nn(e).toUpperCase()}),Y(`span`,{class:`visually-hidden`,children:n.translation.shownIn(n.labels.languageName(e))})]})}function Bn({indicator:e}){let t=W(),n=n=>n==null?t.common.notKnown:`${Mt(n,{maximumFractionDigits:2})} ${e.unit}`,r=e.progressToTarget;return Y(`li`,{class:`indicator`,children:[Y(`h3`,{children:e.name}),Y(`p`,{class:`badge`,children:t.labels.indicatorKind[e.kind]}),Y(`dl`,{class:`summary-list`,children:[Y(`div`,{children:[Y(`dt`,{children:t.indicators.baseline}),Y(`dd`,{children:n(e.baseline)})]}),Y(`div`,{children:[Y(`dt`,{children:t.indicators.target}),Y(`dd`,{children:n(e.target)})]}),Y(`div`,{children:[Y(`dt`,{children:t.indicators.latest}),Y(`dd`,{children:e.latest?t.indicators.on(n(e.latest.value),G(e.latest.measuredOn)):t.common.notKnown})]}),e.change!=null&&Y(`div`,{children:[Y(`dt`,{children:t.indicators.change}),Y(`dd`,{children:[e.change>0?`+`:``,n(e.change)]})]})]}),r==null?Y(`p`,{class:`hint`,children:t.indicators.noProgress}):Y(`div`,{class:`progress`,children:[Y(`meter`,{min:0,max:1,low:.34,high:.99,optimum:1,value:Math.min(1,Math.max(0,r)),"aria-label":t.indicators.progressLabel(e.name)}),Y(`span`,{children:t.indicators.progress(Math.round(r*100))})]})]})}function Vn({initiative:e}){let t=W();return Y(`section`,{class:`section`,"aria-labelledby":`indicators-h`,children:[Y(`h2`,{id:`indicators-h`,children:t.indicators.heading}),e.indicators.length===0?Y(`p`,{class:`empty`,children:t.indicators.none}):Y(`ul`,{class:`indicators`,children:e.indicators.map(e=>Y(Bn,{indicator:e},e.id))})]})}var Hn=[`SERVICE`,`COMMUNITY`],Un=[`RIGHT`,`RESPONSIBILITY`];function Wn({charter:e}){let t=W();return Y(`article`,{class:`charter`,children:[Y(`h3`,{lang:e.servedLanguage,children:e.title}),Y(Ln,{served:e.servedLanguage,translations:e.translations}),Y(`p`,{class:`charter-status`,children:[Y(`span`,{class:`badge`,children:t.labels.charterStatus[e.status]}),e.adoptedAt&&Y(`span`,{children:[` `,t.charter.adopted,`: `,G(e.adoptedAt)]})]}),Y(`div`,{class:`commitments`,children:Hn.map(n=>Y(`div`,{class:`party`,children:[Y(`h4`,{children:t.labels.party[n]}),Un.map(r=>{let i=e.commitments.filter(e=>e.party===n&&e.kind===r);return Y(`div`,{class:`commitment-group`,children:[Y(`h5`,{children:t.labels.commitmentKind[r]}),i.length===0?Y(`p`,{class:`empty`,children:t.charter.nothing}):Y(`ul`,{lang:e.servedLanguage,children:i.map((e,t)=>Y(`li`,{children:e.text},t))})]},r)})]},n))}),Y(`h4`,{children:t.charter.risksHeading}),e.risks.length===0?Y(`p`,{class:`empty`,children:t.charter.noRisks}):Y(`ul`,{class:`risks`,children:e.risks.map((n,r)=>Y(`li`,{class:`risk`,children:[Y(`p`,{class:`risk-description`,lang:e.servedLanguage,children:n.description}),Y(`dl`,{class:`risk-levels`,children:[Y(`div`,{children:[Y(`dt`,{children:t.charter.likelihood}),Y(`dd`,{class:`level level-${n.likelihood.toLowerCase()}`,children:t.labels.riskLevel[n.likelihood]})]}),Y(`div`,{children:[Y(`dt`,{children:t.charter.impact}),Y(`dd`,{class:`level level-${n.impact.toLowerCase()}`,children:t.labels.riskLevel[n.impact]})]})]}),Y(`p`,{class:`risk-mitigation`,children:[Y(`strong`,{children:[t.charter.mitigation,`:`]}),` `,Y(`span`,{lang:e.servedLanguage,children:n.mitigation})]})]},r))}),e.signatories.length>0&&Y(b,{children:[Y(`h4`,{children:t.charter.signatories}),Y(`ul`,{class:`signatories`,children:e.signatories.map((e,n)=>Y(`li`,{children:[e.name,`, `,e.role,` (`,t.labels.party[e.party],`)`,e.signedOn?`, ${G(e.signedOn)}`:``]},n))})]})]})}function Gn({initiative:e}){let t=W();return Y(`section`,{class:`section`,"aria-labelledby":`charter-h`,children:[Y(`h2`,{id:`charter-h`,children:t.charter.heading}),e.charters.length===0?Y(`p`,{class:`empty`,children:t.charter.none}):e.charters.map(e=>Y(Wn,{charter:e},e.id))]})}function Kn({initiative:e}){let t=W();return Y(`section`,{class:`section`,"aria-labelledby":`similar-h`,children:[Y(`h2`,{id:`similar-h`,children:t.similar.heading}),e.peerMatches.length===0?Y(`p`,{class:`empty`,children:t.similar.none}):Y(`ul`,{class:`matches`,children:e.peerMatches.map(e=>Y(`li`,{class:`match`,children:[Y(`h3`,{class:`match-title`,children:Y(`a`,{href:Q.initiative(e.initiative.id),lang:e.initiative.servedLanguage,children:e.initiative.title})}),Y(`p`,{class:`result-meta`,children:[Y(`span`,{class:`result-council`,children:e.initiative.owner.name}),Y(`span`,{children:t.labels.nation[e.initiative.owner.nation]}),Y(tn,{step:e.initiative.starStep}),Y(`span`,{class:`match-score`,children:t.similar.match(Math.round(e.score*100))})]}),Y(en,{coTypes:e.initiative.coTypes}),Y(`h4`,{class:`visually-hidden`,children:t.similar.why}),Y(`ul`,{class:`reasons`,children:[e.sharedCoTypes.length>0&&Y(`li`,{children:[t.similar.sharedCo,`: `,e.sharedCoTypes.map(e=>t.labels.co[e]).join(`, `)]}),e.sharedTags.length>0&&Y(`li`,{children:[t.similar.sharedTags,`: `,e.sharedTags.join(`, `)]}),e.sharedWords.length>0&&Y(`li`,{children:[t.similar.sharedWords,`: `,e.sharedWords.join(`, `)]}),e.sameServiceArea&&Y(`li`,{children:t.similar.sameArea}),e.furtherAlong&&Y(`li`,{children:t.similar.furtherAlong})]})]},e.initiative.id))})]})}function qn({initiative:e}){let t=W(),n=e.appraisal,r=e=>e==null?t.common.notKnown:Mt(e,{style:`currency`,currency:n.currency??`GBP`,maximumFractionDigits:0});return n.impact==null&&n.ease==null&&n.annualCost==null&&n.annualBenefit==null?Y(`p`,{class:`empty`,children:t.initiative.notAppraised}):Y(`dl`,{class:`summary-list`,children:[n.impact!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.impact}),Y(`dd`,{children:n.impact})]}),n.ease!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.ease}),Y(`dd`,{children:n.ease})]}),n.quadrant&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.quadrant}),Y(`dd`,{children:t.labels.quadrant[n.quadrant]})]}),n.annualCost!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.annualCost}),Y(`dd`,{children:r(n.annualCost)})]}),n.annualBenefit!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.annualBenefit}),Y(`dd`,{children:r(n.annualBenefit)})]}),n.benefitCostRatio!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.benefitCost}),Y(`dd`,{children:Mt(n.benefitCostRatio,{maximumFractionDigits:2})})]})]})}var Jn=[`PEER_REVIEW`,`STUDY_VISIT`],Yn=2e3;function Xn(){let e=new Date,t=e=>String(e).padStart(2,`0`);return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}function Zn({caseStudyId:e,host:t,path:n}){let r=W(),{viewer:i}=Lt(),a=K(ut,{caseStudyId:e},{skip:!i}),[o,s]=L(`PEER_REVIEW`),[c,l]=L(``),[u,d]=L(``),[f,p]=L(!1),[m,h]=L(null),[g,_]=L(null),v=z(null),y=z(null),x=e=>m?.errors.find(t=>t.field===e||t.field===`input.${e}`)?.message??null,S=x(`proposedFor`),C=x(`message`);if(R(()=>{S?v.current?.focus():C&&y.current?.focus()},[m]),!i)return Y(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[Y(`h2`,{id:`peer-h`,children:r.peerReview.heading}),Y(`p`,{children:Y(`a`,{href:Q.signIn(n),children:r.peerReview.signInPrompt})})]});let w=async n=>{n.preventDefault(),p(!0),h(null),_(null);try{let n=await H(dt,{input:{kind:o,caseStudyId:e,host:t.slug,proposedFor:c||null,message:u.trim()||null}});_(n.requestPeerReview),a.reload(),d(``),l(``)}catch(e){if(e instanceof V)h(e);else throw e}finally{p(!1)}},T=a.data?.peerReviews.nodes??[];return Y(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[Y(`h2`,{id:`peer-h`,children:r.peerReview.heading}),Y(`p`,{children:r.peerReview.intro(t.name)}),Y(`div`,{"aria-live":`polite`,class:`live`,children:g&&Y(`div`,{class:`notice notice-success peer-review-sent`,children:Y(`p`,{children:r.peerReview.sent(r.labels.peerReviewKind[g.kind],g.host.name,r.labels.peerReviewStatus[g.status])})})}),T.length>0&&Y(b,{children:[Y(`h3`,{children:r.peerReview.yours}),Y(`ul`,{class:`plain-list`,children:T.map(e=>Y(`li`,{children:[r.labels.peerReviewKind[e.kind],`: `,r.labels.peerReviewStatus[e.status],e.proposedFor?`, ${r.peerReview.on(G(e.proposedFor))}`:``]},e.id))})]}),Rt(i)?Y(`form`,{class:`form`,onSubmit:e=>void w(e),noValidate:!0,children:[m&&!S&&!C&&Y(`p`,{class:`error-text`,role:`alert`,children:q(m)}),Y(`fieldset`,{class:`field`,children:[Y(`legend`,{class:`label`,children:r.peerReview.kind}),Y(`div`,{class:`radios`,children:Jn.map(e=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,id:`pr-kind-${e}`,name:`pr-kind`,checked:o===e,onChange:()=>s(e)}),Y(`label`,{for:`pr-kind-${e}`,children:r.labels.peerReviewKind[e]})]},e))})]}),Y(Z,{id:`pr-date`,label:r.peerReview.date,hint:r.peerReview.dateHint,error:S,children:Y(`input`,{type:`date`,id:`pr-date`,class:`input input-date`,ref:v,min:Xn(),value:c,"aria-invalid":S?!0:void 0,"aria-describedby":X(`pr-date`,r.peerReview.dateHint,S),onInput:e=>l(e.currentTarget.value)})}),Y(Z,{id:`pr-message`,label:r.peerReview.message,error:C,children:Y(`textarea`,{id:`pr-message`,class:`textarea`,ref:y,rows:4,maxLength:Yn,value:u,"aria-invalid":C?!0:void 0,"aria-describedby":X(`pr-message`,void 0,C),onInput:e=>d(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button`,disabled:f,children:f?r.peerReview.sending:r.peerReview.submit})]}):Y(`p`,{class:`hint`,children:r.peerReview.editorsOnly})]})}function Qn(){let e=W();return Vt(e.common.notFoundTitle),Y(b,{children:[Y(`h1`,{children:e.common.notFoundTitle}),Y(`p`,{children:e.common.notFoundBody}),Y(`p`,{children:Y(`a`,{href:Q.home,children:e.common.backToExplorer})})]})}function $n({label:e}){let t=W();return Y(`p`,{class:`loading`,role:`status`,children:[Y(`span`,{class:`spinner`,"aria-hidden":`true`}),e??t.common.loading]})}function er({error:e,onRetry:t}){let n=W();return Y(`div`,{class:`notice notice-error`,role:`alert`,children:[Y(`h2`,{class:`notice-title`,children:n.common.errorTitle}),Y(`p`,{children:q(e)}),t&&Y(`button`,{type:`button`,class:`button button-secondary`,onClick:t,children:n.common.retry})]})}function tr({kind:e,children:t}){return Y(`div`,{class:`notice notice-${e}`,role:`status`,children:t})}function nr(e){return e.errors.every(e=>e.code===`NOT_FOUND`)}function rr({query:e,record:t,title:n,children:r}){let i=W(),a=t==null&&e.error&&!(e.data!=null&&nr(e.error))?e.error:null;return Vt(t==null?a?i.common.errorTitle:e.data==null?i.common.loading:i.common.notFoundTitle:n(t)),t==null?a?Y(b,{children:[Y(`h1`,{children:i.common.errorTitle}),Y(er,{error:a,onRetry:e.reload})]}):e.data==null?Y($n,{}):Y(Qn,{}):Y(b,{children:r(t)})}var ir=1e3;function ar({caseStudyId:e}){let t=W(),{viewer:n}=Lt(),[r,i]=L(!1),[a,o]=L(``),[s,c]=L(``),[l,u]=L(!1),[d,f]=L(null),[p,m]=L(null),[h,g]=L(!1),_=z(null),v=z(null);if(R(()=>{r&&_.current?.focus()},[r]),!n)return null;let y=d?.errors.find(e=>e.field===`details`)?.message??null,b=async n=>{if(n.preventDefault(),!a)m(t.report.reasonEmpty),_.current?.focus();else{m(null),u(!0),f(null);try{await H(Ye,{id:e,reason:a,details:s.trim()||null}),g(!0),i(!1),o(``),c(``),v.current?.focus()}catch(e){if(e instanceof V)f(e);else throw e}finally{u(!1)}}};return Y(`section`,{class:`section`,"aria-labelledby":`report-h`,children:[Y(`h2`,{id:`report-h`,children:t.report.heading}),Y(`p`,{children:t.report.intro}),Y(`div`,{"aria-live":`polite`,class:`live`,children:h&&Y(`div`,{class:`notice notice-success report-sent`,children:Y(`p`,{children:t.report.sent})})}),Y(`button`,{type:`button`,class:`button button-secondary`,ref:v,"aria-expanded":r,"aria-controls":`report-form`,onClick:()=>{i(!r),g(!1),f(null),m(null)},children:t.report.open}),Y(`form`,{id:`report-form`,class:`form report-form`,hidden:!r,noValidate:!0,onSubmit:e=>void b(e),children:[d&&!y&&Y(`p`,{class:`error-text`,role:`alert`,children:q(d)}),Y(Z,{id:`report-reason`,label:t.report.reason,error:p,children:Y(`select`,{id:`report-reason`,class:`select`,ref:_,value:a,"aria-invalid":p?!0:void 0,"aria-describedby":X(`report-reason`,void 0,p),onChange:e=>{let t=e.currentTarget.value;o(Zt(Jt,t)?t:``)},children:[Y(`option`,{value:``,children:t.report.chooseReason}),Jt.map(e=>Y(`option`,{value:e,children:t.labels.reportReason[e]},e))]})}),Y(Z,{id:`report-details`,label:t.report.details,hint:t.report.detailsHint,error:y,children:Y(`textarea`,{id:`report-details`,class:`textarea`,rows:3,maxLength:ir,value:s,"aria-invalid":y?!0:void 0,"aria-describedby":X(`report-details`,t.report.detailsHint,y),onInput:e=>c(e.currentTarget.value)})}),Y(`div`,{class:`actions`,children:[Y(`button`,{type:`submit`,class:`button`,disabled:l,children:l?t.report.sending:t.report.submit}),Y(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>{i(!1),v.current?.focus()},children:t.report.cancel})]})]})]})}function or({owner:e}){let t=W();return Y(b,{children:[Y(`div`,{children:[Y(`dt`,{children:t.common.council}),Y(`dd`,{class:`council-name`,children:e.name})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.gssCode}),Y(`dd`,{class:`council-gss`,children:e.gssCode??t.common.none})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.nation}),Y(`dd`,{class:`council-nation`,children:t.labels.nation[e.nation]})]})]})}function sr({tags:e}){let t=W();return e.length===0?null:Y(`div`,{children:[Y(`dt`,{children:t.common.tags}),Y(`dd`,{children:Y(`ul`,{class:`tags`,children:e.map(e=>Y(`li`,{children:e},e))})})]})}var cr=null;function lr(e){cr=e}function ur(){let e=cr;return cr=null,e}function dr({text:e}){return Y(b,{children:e.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean).map((e,t)=>Y(`p`,{class:`prose-paragraph`,children:e},t))})}function fr({id:e}){let t=K(ft,{id:e,lang:U()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return Y(rr,{query:t,record:n?.__typename===`CaseStudy`?n:null,title:e=>e.title,children:e=>Y(pr,{cs:e,onChanged:t.reload})})}function pr({cs:e,onChanged:t}){let n=W(),r=U(),{viewer:i}=Lt(),[a,o]=L(null),[s,c]=L(!1),[l,u]=L(null);R(()=>o(ur()),[]);let d=i?.organisation.slug===e.owner.slug,f=d&&Rt(i),p=e.initiative,m=async()=>{c(!0),u(null);try{await H(lt,{id:e.id}),o(n.caseStudy.publishedNow),t()}catch(e){e instanceof V&&u(e)}finally{c(!1)}};return Y(`article`,{class:`case-study`,children:[Y(`p`,{class:`breadcrumb`,children:Y(`a`,{href:Q.home,children:n.common.backToExplorer})}),a&&Y(tr,{kind:`success`,children:a}),Y(`header`,{class:`page-header`,lang:e.servedLanguage,children:[Y(`h1`,{children:e.title}),Y(`p`,{class:`lead`,children:e.summary})]}),Y(Ln,{served:e.servedLanguage,translations:e.translations}),Y(on,{cs:e}),f&&Y(`div`,{class:`actions`,children:[Y(`a`,{class:`button`,href:Q.caseStudyEdit(e.id),children:n.caseStudy.edit}),e.status===`DRAFT`&&Y(`button`,{type:`button`,class:`button button-secondary`,disabled:s,onClick:()=>void m(),children:s?n.caseStudy.publishing:n.caseStudy.publish}),l&&Y(`p`,{class:`error-text`,role:`alert`,children:q(l)})]}),Y(`div`,{class:`two-col`,children:[Y(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[Y(`h2`,{id:`about-h`,children:n.caseStudy.about}),Y(`dl`,{class:`summary-list council-details`,children:[Y(or,{owner:e.owner}),Y(`div`,{children:[Y(`dt`,{children:n.common.serviceArea}),Y(`dd`,{children:n.labels.area[e.serviceArea]})]}),Y(`div`,{children:[Y(`dt`,{children:n.common.coTypes}),Y(`dd`,{children:Y(en,{coTypes:e.coTypes})})]}),p&&Y(`div`,{children:[Y(`dt`,{children:n.caseStudy.initiative}),Y(`dd`,{children:[Y(`a`,{href:Q.initiative(p.id),lang:p.servedLanguage,children:p.title}),` `,Y(tn,{step:p.starStep})]})]}),Y(Rn,{translations:e.translations}),Y(`div`,{children:[Y(`dt`,{children:n.common.status}),Y(`dd`,{children:[n.labels.status[e.status],` · `,n.labels.visibilityShort[e.visibility]]})]}),e.publishedAt&&Y(`div`,{children:[Y(`dt`,{children:n.common.published}),Y(`dd`,{children:G(e.publishedAt)})]}),Y(`div`,{children:[Y(`dt`,{children:n.common.updated}),Y(`dd`,{children:G(e.updatedAt)})]}),Y(sr,{tags:e.tags})]})]}),Y(`section`,{class:`section prose`,"aria-labelledby":`story-h`,lang:e.servedLanguage,children:[Y(`h2`,{id:`story-h`,lang:r,children:n.caseStudy.storyHeading}),Y(dr,{text:e.body})]})]}),p?Y(b,{children:[Y(xn,{initiative:p}),Y(Vn,{initiative:p}),Y(Gn,{initiative:p}),Y(Kn,{initiative:p})]}):Y(`p`,{class:`empty section`,children:n.caseStudy.noInitiative}),!d&&Y(Zn,{caseStudyId:e.id,host:e.owner,path:Q.caseStudy(e.id)}),Y(ar,{caseStudyId:e.id}),Y(sn,{cs:e,onChanged:t})]})}function mr(e,t){return Object.hasOwn(e,t)?e[t]:void 0}function hr(e,t){let n=/^translations\.([^.]+)\.(.+)$/.exec(t);return n?.[1]&&n[2]?e.revisions.field(mr(e.revisions.fields,n[2])??n[2],In(n[1])):mr(e.revisions.fields,t)??t}function gr(e,t){let[n,,r]=t.split(`.`);if(n===`translations`)return r===`status`?e.translation.status:null;switch(t){case`status`:return e.labels.status;case`coTypes`:return e.labels.co;case`serviceArea`:return e.labels.area;case`visibility`:return e.labels.visibilityShort;default:return null}}function _r(e,t,n){if(n==null||n===``)return e.revisions.empty;if(t===`verifiedBy`)return e.curation.verified;if(t===`language`)return e.labels.languageName(n);let r=gr(e,t),i=[n];if(n.startsWith(`[`))try{let e=JSON.parse(n);Array.isArray(e)&&(i=e.map(String))}catch{}return i.map(e=>r?mr(r,e)??e:e).join(`, `)}function vr({diff:e}){let t=e.replace(/\n$/,``).split(`
`),n=t.findIndex(e=>e.startsWith(`@@`));return Y(`pre`,{class:`diff`,children:t.slice(Math.max(n,0)).map((e,t)=>e.startsWith(`+`)?Y(`ins`,{class:`diff-line diff-add`,children:e},t):e.startsWith(`-`)?Y(`del`,{class:`diff-line diff-del`,children:e},t):Y(`span`,{class:`diff-line${e.startsWith(`@@`)?` diff-hunk`:``}`,children:e},t))})}function yr({change:e}){let t=W();return Y(`li`,{class:`change`,children:[Y(`span`,{class:`change-field`,children:hr(t,e.field)}),e.diff==null?Y(`span`,{class:`change-values`,children:[Y(`span`,{class:`visually-hidden`,children:t.revisions.before}),` `,Y(`span`,{class:`change-before`,children:_r(t,e.field,e.before??null)}),` `,Y(`span`,{"aria-hidden":`true`,children:`→`}),` `,Y(`span`,{class:`visually-hidden`,children:t.revisions.after}),` `,Y(`span`,{class:`change-after`,children:_r(t,e.field,e.after??null)})]}):Y(vr,{diff:e.diff})]})}function br({id:e,version:t,revisions:n,onRestored:r}){let i=W(),[a,o]=L(null),[s,c]=L(null),[l,u]=L(null),d=[...n.nodes].sort((e,t)=>t.version-e.version),f=d[d.length-1]?.version??1,p=n.totalCount===d.length&&f>1?f-1:null,m=e=>Y(`button`,{type:`button`,class:`button button-secondary`,disabled:a!=null,"aria-describedby":`revision-${e}-h`,onClick:()=>void h(e),children:a===e?i.revisions.restoring:i.revisions.restore}),h=async n=>{o(n),u(null),c(null);try{let i=(await H(ct,{id:e,version:n,expectedVersion:t})).restoreRevision;c({old:n,now:`version`in i?i.version:t+1}),r()}catch(e){if(e instanceof V)u(e);else throw e}finally{o(null)}},g=e=>{let t=e.organisation?.name;return e.subject&&t?`${e.subject} (${t})`:e.subject??t??i.revisions.unknown};return Y(`section`,{class:`section revisions`,"aria-labelledby":`revisions-h`,children:[Y(`h2`,{id:`revisions-h`,children:i.revisions.heading}),Y(`p`,{children:i.revisions.intro}),Y(`div`,{"aria-live":`polite`,class:`live`,children:s&&Y(`div`,{class:`notice notice-success revision-restored`,children:Y(`p`,{children:i.revisions.restored(s.old,s.now)})})}),l&&Y(`p`,{class:`error-text`,role:`alert`,children:q(l)}),d.length===0?Y(`p`,{class:`empty`,children:i.revisions.none}):Y(`ol`,{class:`revision-list`,children:[d.map(e=>Y(`li`,{class:`revision`,children:[Y(`h3`,{id:`revision-${e.version}-h`,class:`revision-title`,children:[i.revisions.version(e.version),e.version===t&&Y(`span`,{class:`badge`,children:i.revisions.current})]}),Y(`p`,{class:`revision-meta`,children:i.revisions.meta(Nt(e.changedAt),g(e))}),e.changes.length===0?Y(`p`,{class:`empty`,children:i.revisions.noChanges}):Y(`ul`,{class:`changes`,children:e.changes.map(e=>Y(yr,{change:e},e.field))}),e.version<t&&m(e.version)]},e.version)),p!=null&&Y(`li`,{class:`revision`,children:[Y(`h3`,{id:`revision-${p}-h`,class:`revision-title`,children:i.revisions.version(p)}),Y(`p`,{class:`revision-meta`,children:i.revisions.base}),m(p)]})]}),n.totalCount>d.length&&Y(`p`,{class:`showing`,children:i.revisions.showing(d.length,n.totalCount)})]})}function xr({completeness:e}){let t=W(),n=Math.min(1,Math.max(0,e.score));return Y(`section`,{class:`section panel completeness`,"aria-labelledby":`completeness-h`,children:[Y(`h2`,{id:`completeness-h`,children:t.completeness.heading}),Y(`div`,{class:`progress`,children:[Y(`meter`,{min:0,max:1,low:.5,high:.99,optimum:1,value:n,"aria-labelledby":`completeness-h`}),Y(`span`,{class:`completeness-score`,children:t.completeness.score(Math.round(n*100))})]}),e.missing.length>0?Y(b,{children:[Y(`p`,{children:t.completeness.missingIntro}),Y(`ul`,{class:`plain-list completeness-missing`,children:e.missing.map(e=>Y(`li`,{children:mr(t.completeness.missing,e)??e},e))})]}):Y(`p`,{children:t.completeness.complete})]})}var Sr=200,Cr=1e3,wr=1e5,Tr=[`title`,`summary`,`body`,`coTypes`,`serviceArea`,`initiativeId`,`tags`,`language`,`visibility`],Er={title:``,summary:``,body:``,coTypes:[],serviceArea:``,tags:``,language:`en`,visibility:`NETWORK`,initiativeId:``};function Dr(e){return{title:e.title,summary:e.summary,body:e.body,coTypes:[...e.coTypes],serviceArea:e.serviceArea,tags:e.tags.join(`, `),language:e.language,visibility:e.visibility,initiativeId:e.initiative?.id??``}}function Or(e){if(!e.field)return null;let t=e.field.replace(/^input\./,``).split(/[.[]/)[0]??``;return Zt(Tr,t)?t:null}function kr(e){return e.split(`,`).map(e=>e.trim()).filter(Boolean)}function Ar({title:e,children:t}){return Vt(e),Y(b,{children:[Y(`h1`,{children:e}),Y(`p`,{children:t})]})}function jr({id:e}){let t=W(),{viewer:n,loading:r}=Lt(),i=e?t.editor.titleEditShort:t.editor.titleNew;return r?Y($n,{}):n?Rt(n)?e?Y(Mr,{id:e,viewer:n}):Y(Nr,{viewer:n,initial:Er,loaded:null}):Y(Ar,{title:i,children:t.editor.notEditor}):Y(Ar,{title:i,children:Y(`a`,{href:Q.signIn(e?Q.caseStudyEdit(e):Q.caseStudyNew),children:t.editor.needSignIn})})}function Mr({id:e,viewer:t}){let n=W(),r=K(rt,{id:e}),i=r.data?.node,a=i?.__typename===`CaseStudy`?i.language:null,o=K(it,{id:e,original:a??``},{skip:a==null}),s=o.data?.node;return Y(rr,{query:a==null?r:o,record:s?.__typename===`CaseStudy`?s:null,title:e=>n.editor.titleEdit(e.title),children:e=>e.owner.slug===t.organisation.slug?Y(b,{children:[Y(Nr,{viewer:t,initial:Dr(e),loaded:e,onReload:o.reload},`${e.id}:${e.version}`),Y(xr,{completeness:e.completeness}),Y(br,{id:e.id,version:e.version,revisions:e.revisions,onRestored:()=>{r.reload(),o.reload()}})]}):Y(Ar,{title:n.editor.titleEdit(e.title),children:n.editor.notOwner(e.owner.name)})})}function Nr({viewer:e,initial:t,loaded:n,onReload:r}){let i=W(),[a,o]=L(t),[s,c]=L(n?.version??0),[l,u]=L(!1),[d,f]=L(null),p=z(null),m=U(),h=K(at,{owner:e.organisation.slug,lang:m},{keepPrevious:!0}),g=n?i.editor.titleEdit(n.title):i.editor.titleNew;Vt(g),R(()=>{d&&p.current?.focus()},[d]);let _=(e,t)=>o(n=>({...n,[e]:t})),v=new Map,y=[];for(let e of d?.errors??[]){let t=e.code===`BAD_USER_INPUT`?Or(e):null;t&&!v.has(t)?v.set(t,e.message):t||y.push(e)}let x=d?.errors.find(e=>e.code===`CONFLICT`&&!e.field)??null,S=async(e=s)=>{u(!0),f(null);try{if(a.serviceArea===``)throw new V([mt(`BAD_USER_INPUT`,i.editor.chooseServiceArea,`serviceArea`)],0);let t={title:a.title,summary:a.summary,body:a.body,coTypes:a.coTypes,serviceArea:a.serviceArea,tags:kr(a.tags),language:a.language,visibility:a.visibility,initiativeId:a.initiativeId||null};if(n){let r=await H(st,{input:{id:n.id,expectedVersion:e,...t}});c(r.updateCaseStudy.version),lr(i.caseStudy.saved),On(Q.caseStudy(r.updateCaseStudy.id))}else{let e=await H(ot,{input:t});lr(i.caseStudy.created),On(Q.caseStudy(e.createCaseStudy.id))}}catch(e){if(e instanceof V)f(e);else throw e}finally{u(!1)}},C=e=>`f-${e}`,w=e=>v.get(e)??null,T=e=>v.has(e)?!0:void 0,E={title:i.editor.title,summary:i.editor.summary,body:i.editor.body,coTypes:i.editor.coTypes,serviceArea:i.editor.serviceArea,initiativeId:i.editor.initiative,tags:i.editor.tags,language:i.editor.language,visibility:i.editor.visibility},D=e=>{(e===`coTypes`||e===`visibility`?document.querySelector(`#${C(e)} input`):document.getElementById(C(e)))?.focus()},O=[`en`,`cy`,...Zt([`en`,`cy`],a.language)?[]:[a.language]];return Y(`div`,{class:`editor`,children:[Y(`p`,{class:`breadcrumb`,children:Y(`a`,{href:n?Q.caseStudy(n.id):Q.home,children:i.editor.cancel})}),Y(`h1`,{children:g}),Y(`p`,{class:`lead`,children:n?i.editor.introEdit(e.organisation.name):i.editor.intro(e.organisation.name)}),d&&Y(`div`,{class:`error-summary`,role:`alert`,tabIndex:-1,ref:p,"aria-labelledby":`error-summary-h`,children:[Y(`h2`,{id:`error-summary-h`,children:i.editor.errorSummary}),x?Y(b,{children:[Y(`p`,{children:i.editor.conflict(x.currentVersion)}),Y(`div`,{class:`actions`,children:[Y(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>r?.(),children:i.editor.reload}),x.currentVersion!=null&&Y(`button`,{type:`button`,class:`button button-warning`,onClick:()=>void S(x.currentVersion??s),children:i.editor.overwrite})]})]}):Y(`ul`,{children:[[...v.entries()].map(([e,t])=>Y(`li`,{children:Y(`a`,{href:`#${C(e)}`,onClick:t=>{t.preventDefault(),D(e)},children:[E[e],`: `,t]})},e)),y.map((e,t)=>Y(`li`,{children:q(new V([e],0))},`g${t}`))]})]}),Y(`form`,{class:`form`,noValidate:!0,onSubmit:e=>{e.preventDefault(),S()},children:[Y(Z,{id:C(`title`),label:i.editor.title,hint:i.editor.titleHint,error:w(`title`),children:Y(`input`,{type:`text`,id:C(`title`),lang:a.language,class:`input`,value:a.title,maxLength:Sr,"aria-invalid":T(`title`),"aria-describedby":X(C(`title`),i.editor.titleHint,w(`title`)),onInput:e=>_(`title`,e.currentTarget.value)})}),Y(Z,{id:C(`summary`),label:i.editor.summary,hint:i.editor.summaryHint,error:w(`summary`),children:Y(`textarea`,{id:C(`summary`),lang:a.language,class:`textarea`,rows:3,maxLength:Cr,value:a.summary,"aria-invalid":T(`summary`),"aria-describedby":X(C(`summary`),i.editor.summaryHint,w(`summary`)),onInput:e=>_(`summary`,e.currentTarget.value)})}),Y(Z,{id:C(`body`),label:i.editor.body,hint:i.editor.bodyHint,error:w(`body`),children:Y(`textarea`,{id:C(`body`),lang:a.language,class:`textarea textarea-long`,rows:14,maxLength:wr,value:a.body,"aria-invalid":T(`body`),"aria-describedby":X(C(`body`),i.editor.bodyHint,w(`body`)),onInput:e=>_(`body`,e.currentTarget.value)})}),Y(`fieldset`,{id:C(`coTypes`),class:`field${w(`coTypes`)?` has-error`:``}`,"aria-describedby":X(C(`coTypes`),i.editor.coTypesHint,w(`coTypes`)),children:[Y(`legend`,{class:`label`,children:i.editor.coTypes}),Y(`p`,{class:`hint`,id:`${C(`coTypes`)}-hint`,children:i.editor.coTypesHint}),Y(nn,{id:C(`coTypes`),error:w(`coTypes`)}),Y(`div`,{class:`checkboxes`,children:Ht.map(e=>Y(`div`,{class:`checkbox`,children:[Y(`input`,{type:`checkbox`,id:`co-${e}`,checked:a.coTypes.includes(e),"aria-invalid":T(`coTypes`),onChange:()=>_(`coTypes`,a.coTypes.includes(e)?a.coTypes.filter(t=>t!==e):[...a.coTypes,e])}),Y(`label`,{for:`co-${e}`,children:[i.labels.co[e],` `,Y(`span`,{class:`hint-inline`,children:i.labels.coHint[e]})]})]},e))})]}),Y(Z,{id:C(`serviceArea`),label:i.editor.serviceArea,error:w(`serviceArea`),children:Y(`select`,{id:C(`serviceArea`),class:`select`,value:a.serviceArea,"aria-invalid":T(`serviceArea`),"aria-describedby":X(C(`serviceArea`),void 0,w(`serviceArea`)),onChange:e=>{let t=e.currentTarget.value;_(`serviceArea`,Zt(Gt,t)?t:``)},children:[Y(`option`,{value:``,children:`–`}),Gt.map(e=>Y(`option`,{value:e,children:i.labels.area[e]},e))]})}),Y(Z,{id:C(`initiativeId`),label:i.editor.initiative,error:w(`initiativeId`),children:Y(`select`,{id:C(`initiativeId`),class:`select`,value:a.initiativeId,"aria-invalid":T(`initiativeId`),"aria-describedby":X(C(`initiativeId`),void 0,w(`initiativeId`)),onChange:e=>_(`initiativeId`,e.currentTarget.value),children:[Y(`option`,{value:``,children:i.editor.noInitiative}),(h.data?.initiatives.nodes??[]).map(e=>Y(`option`,{value:e.id,children:e.title},e.id))]})}),Y(Z,{id:C(`tags`),label:i.editor.tags,hint:i.editor.tagsHint,error:w(`tags`),children:Y(`input`,{type:`text`,id:C(`tags`),class:`input`,value:a.tags,"aria-invalid":T(`tags`),"aria-describedby":X(C(`tags`),i.editor.tagsHint,w(`tags`)),onInput:e=>_(`tags`,e.currentTarget.value)})}),Y(Z,{id:C(`language`),label:i.editor.language,error:w(`language`),children:Y(`select`,{id:C(`language`),class:`select`,value:a.language,"aria-invalid":T(`language`),"aria-describedby":X(C(`language`),void 0,w(`language`)),onChange:e=>_(`language`,e.currentTarget.value),children:O.map(e=>Y(`option`,{value:e,children:i.labels.languageName(e)},e))})}),Y(`fieldset`,{id:C(`visibility`),class:`field${w(`visibility`)?` has-error`:``}`,"aria-describedby":X(C(`visibility`),void 0,w(`visibility`)),children:[Y(`legend`,{class:`label`,children:i.editor.visibility}),Y(nn,{id:C(`visibility`),error:w(`visibility`)}),Y(`div`,{class:`radios`,children:Kt.map(e=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,name:`visibility`,id:`vis-${e}`,checked:a.visibility===e,"aria-invalid":T(`visibility`),onChange:()=>_(`visibility`,e)}),Y(`label`,{for:`vis-${e}`,children:i.labels.visibility[e]})]},e))})]}),Y(`div`,{class:`actions`,children:[Y(`button`,{type:`submit`,class:`button`,disabled:l,children:l?i.editor.saving:n?i.editor.save:i.editor.create}),Y(`a`,{class:`button button-secondary`,href:n?Q.caseStudy(n.id):Q.home,children:i.editor.cancel})]})]})]})}var Pr=240;function Fr(e,t=Pr){let n=e.replace(/\s+/g,` `).trim();if(n.length<=t)return n;let r=n.slice(0,t);return`${r.slice(0,Math.max(r.lastIndexOf(` `),t-20))}…`}function Ir({items:e,headingLevel:t=3}){let n=W(),r=U(),i=t===3?`h3`:`h4`;return Y(`ol`,{class:`results`,children:e.map(e=>Y(`li`,{class:`result`,children:Y(`article`,{lang:e.servedLanguage,children:[Y(i,{class:`result-title`,children:Y(`a`,{href:Q.caseStudy(e.id),children:e.title})}),Y(`p`,{class:`result-meta`,lang:r,children:[Y(`span`,{class:`result-council`,children:e.owner.name}),Y(`span`,{children:n.labels.nation[e.owner.nation]}),Y(`span`,{children:n.labels.area[e.serviceArea]}),e.initiative&&Y(tn,{step:e.initiative.starStep}),e.status!==`PUBLISHED`&&Y(`span`,{class:`badge`,children:n.labels.status[e.status]}),e.visibility!==`PUBLIC`&&Y(`span`,{class:`badge`,children:n.labels.visibilityShort[e.visibility]}),Y(zn,{served:e.servedLanguage,translations:e.translations}),Y(an,{featured:e.featured,verifiedAt:e.verifiedAt})]}),Y(`div`,{lang:r,children:Y(en,{coTypes:e.coTypes})}),Y(`p`,{class:`result-summary`,children:Fr(e.summary)})]})},e.id))})}function Lr({items:e}){let t=W(),n=U();return Y(`section`,{class:`featured`,"aria-labelledby":`featured-h`,children:[Y(`h2`,{id:`featured-h`,children:t.curation.featuredHeading}),Y(`p`,{class:`hint`,children:t.curation.featuredIntro}),Y(`ul`,{class:`featured-list`,children:e.map(e=>Y(`li`,{class:`featured-card`,children:Y(`article`,{lang:e.servedLanguage,children:[Y(`h3`,{class:`featured-title`,children:Y(`a`,{href:Q.caseStudy(e.id),children:e.title})}),Y(`p`,{class:`result-meta`,lang:n,children:[Y(`span`,{class:`result-council`,children:e.owner.name}),Y(an,{featured:e.featured,verifiedAt:e.verifiedAt}),Y(zn,{served:e.servedLanguage,translations:e.translations})]}),Y(`p`,{class:`featured-summary`,children:Fr(e.summary,140)})]})},e.id))})]})}var Rr={co:[],step:[],area:null,nation:[],lang:[],evidence:null,q:``,sort:null},zr=/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;function Br(e){return[...new Set(e.filter(e=>zr.test(e)))].sort()}function Vr(e,t,n){let r=e.getAll(t);return n.filter(e=>r.includes(e))}function Hr(e){let t=new URLSearchParams(e),n=t.get(`area`),r=Number.parseInt(t.get(`evidence`)??``,10),i=t.get(`sort`);return{co:Vr(t,`co`,Ht),step:Vr(t,`step`,Ut),area:Zt(Gt,n)?n:null,nation:Vr(t,`nation`,Wt),lang:Br(t.getAll(`lang`)),evidence:r>=1&&r<=5?r:null,q:(t.get(`q`)??``).trim(),sort:Zt(Yt,i)?i:null}}function Ur(e){let t=new URLSearchParams;for(let n of Ht)e.co.includes(n)&&t.append(`co`,n);for(let n of Ut)e.step.includes(n)&&t.append(`step`,n);e.area&&t.set(`area`,e.area);for(let n of Wt)e.nation.includes(n)&&t.append(`nation`,n);for(let n of Br(e.lang))t.append(`lang`,n);e.evidence!=null&&t.set(`evidence`,String(e.evidence)),e.q&&t.set(`q`,e.q),e.sort&&e.sort!==Gr(e)&&t.set(`sort`,e.sort);let n=t.toString();return n?`?${n}`:``}function Wr(e){return`/${Ur(e)}`}function Gr(e){return e.q?`RELEVANCE`:`UPDATED_AT`}function Kr(e){return e.sort?e.sort===`RELEVANCE`&&!e.q?`UPDATED_AT`:e.sort:Gr(e)}function qr(e){let t={};return e.co.length>0&&(t.coTypes=e.co),e.step.length>0&&(t.starSteps=e.step),e.area&&(t.serviceArea=e.area),e.nation.length>0&&(t.nations=e.nation),e.lang.length>0&&(t.languages=e.lang),e.evidence!=null&&(t.minEvidenceLevel=e.evidence),e.q&&(t.search=e.q),t}function Jr(e){return e.co.length>0||e.step.length>0||e.area!=null||e.nation.length>0||e.lang.length>0||e.evidence!=null||e.q!==``}function $(e,t){return e.includes(t)?e.filter(e=>e!==t):[...e,t]}function Yr(e,t){return e.find(e=>e.value===t)?.count??0}function Xr({n:e}){return Y(`span`,{class:`facet-count`,children:Mt(e)})}function Zr({id:e,legend:t,options:n,selected:r,onToggle:i}){return Y(`fieldset`,{class:`facet`,children:[Y(`legend`,{children:t}),Y(`ul`,{class:`facet-options`,children:n.map(t=>Y(`li`,{children:[Y(`input`,{type:`checkbox`,id:`${e}-${t.value}`,checked:r.includes(t.value),onChange:()=>i(t.value)}),Y(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&Y(Xr,{n:t.count})]})]},t.value))})]})}function Qr({id:e,legend:t,hint:n,options:r,selected:i,onSelect:a}){return Y(`fieldset`,{class:`facet`,"aria-describedby":n?`${e}-hint`:void 0,children:[Y(`legend`,{children:t}),n&&Y(`p`,{class:`hint`,id:`${e}-hint`,children:n}),Y(`ul`,{class:`facet-options`,children:r.map(t=>Y(`li`,{children:[Y(`input`,{type:`radio`,name:e,id:`${e}-${t.value}`,checked:i===t.value,onChange:()=>a(t.value)}),Y(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&Y(Xr,{n:t.count})]})]},t.value))})]})}function $r({facets:e,state:t,onChange:n}){let r=W(),i=(e,t,n)=>e.filter(e=>Yr(t,e)>0||n.includes(e)),a=[{value:``,label:r.home.anyArea,count:null},...i(Gt,e.serviceAreas,t.area?[t.area]:[]).map(t=>({value:t,label:r.labels.area[t],count:Yr(e.serviceAreas,t)}))],o=t=>e.evidenceLevels.reduce((e,n)=>Number(n.value)>=t?e+n.count:e,0),s=[{value:``,label:r.home.anyEvidence,count:null},...Xt.filter(e=>o(e)>0||t.evidence===e).map(e=>({value:String(e),label:r.home.evidenceAtLeast(e),count:o(e)}))];return Y(`div`,{class:`facets`,children:[Y(Zr,{id:`f-co`,legend:r.home.facetCo,options:Ht.map(t=>({value:t,label:r.labels.co[t],count:Yr(e.coTypes,t)})),selected:t.co,onToggle:e=>n({...t,co:$(t.co,e)})}),Y(Zr,{id:`f-step`,legend:r.home.facetStep,options:Ut.map(t=>({value:t,label:r.labels.step[t],count:Yr(e.starSteps,t)})),selected:t.step,onToggle:e=>n({...t,step:$(t.step,e)})}),Y(Qr,{id:`f-area`,legend:r.home.facetArea,options:a,selected:t.area??``,onSelect:e=>n({...t,area:Gt.find(t=>t===e)??null})}),Y(Zr,{id:`f-nation`,legend:r.home.facetNation,options:i(Wt,e.nations,t.nation).map(t=>({value:t,label:r.labels.nation[t],count:Yr(e.nations,t)})),selected:t.nation,onToggle:e=>n({...t,nation:$(t.nation,e)})}),Y(Qr,{id:`f-evidence`,legend:r.home.facetEvidence,hint:r.home.evidenceHint,options:s,selected:t.evidence==null?``:String(t.evidence),onSelect:e=>n({...t,evidence:e===``?null:Number(e)})}),Y(Zr,{id:`f-lang`,legend:r.home.facetLanguage,options:[...new Set([...e.languages.map(e=>e.value),...t.lang])].map(t=>({value:t,label:r.labels.languageName(t),count:Yr(e.languages,t)})),selected:t.lang,onToggle:e=>n({...t,lang:$(t.lang,e)})})]})}function ei(e,t){return e===0||t===0?0:Math.max(1,Math.ceil(e/t*4))}function ti({matrix:e,selectedCo:t,selectedStep:n,onCell:r,onCo:i,onStep:a,busy:o}){let s=W(),c=new Map;for(let t of e)c.set(`${t.coType}|${t.starStep}`,t.count);let l=Math.max(0,...c.values()),u=t.length===1&&n.length===1;return Y(b,{children:[Y(`p`,{class:`hint star-hint`,id:`star-hint`,children:s.home.starHint}),Y(`div`,{class:`star-scroll`,role:`region`,"aria-labelledby":`star-caption`,"aria-describedby":`star-hint`,tabIndex:0,children:Y(`table`,{class:`star`,"aria-busy":o,children:[Y(`caption`,{id:`star-caption`,class:`visually-hidden`,children:s.home.starCaption}),Y(`thead`,{children:Y(`tr`,{children:[Y(`td`,{class:`star-corner`,children:s.home.starCorner}),Ut.map(e=>{let t=n.includes(e);return Y(`th`,{scope:`col`,children:Y(`button`,{type:`button`,class:`star-head`,"aria-pressed":t,title:s.home.stepButton(s.labels.step[e],t),onClick:()=>a(e),children:[Y(`span`,{class:`star-step-number`,"aria-hidden":`true`,children:Ut.indexOf(e)+1}),s.labels.step[e]]})},e)})]})}),Y(`tbody`,{children:Ht.map(e=>{let a=t.includes(e);return Y(`tr`,{children:[Y(`th`,{scope:`row`,children:Y(`button`,{type:`button`,class:`star-head star-row-head`,"aria-pressed":a,title:s.home.coButton(s.labels.co[e],a),onClick:()=>i(e),children:s.labels.co[e]})}),Ut.map(i=>{let a=c.get(`${e}|${i}`)??0,o=u&&t[0]===e&&n[0]===i;return Y(`td`,{class:`star-cell heat-${ei(a,l)}${o?` is-selected`:``}`,children:Y(`button`,{type:`button`,class:`star-count`,"aria-pressed":o,"aria-label":s.home.cellLabel(a,s.labels.co[e],s.labels.step[i],o),disabled:a===0&&!o,onClick:()=>r(e,i),children:a})},i)})]},e)})})]})})]})}var ni=20,ri=6;function ii({search:e}){let t=W(),n=Pt(),r=we(()=>Hr(e),[e]),i=we(()=>qr(r),[r]),a=we(()=>({field:Kr(r)}),[r]),o=U(),s=K(Qe,{filter:i,first:ni,orderBy:a,lang:o},{keepPrevious:!0}),c=!Jr(r),l=K(et,{first:ri,lang:o},{keepPrevious:!0,skip:!c}),u=c?l.data?.caseStudies.nodes??[]:[],d=`${e}|${n??``}|${o}`,[f,p]=L(null),[m,h]=L(!1),[g,_]=L(null),[v,y]=L(null),[b,x]=L(!1),[S,C]=L(r.q),w=z(null),T=z(null);Vt(r.q?t.home.titleSearch(r.q):t.home.title),R(()=>C(r.q),[r.q]);let E=s.data;R(()=>{E&&!s.loading&&performance.mark(`costar:star-ready`)},[E,s.loading]);let D=f?.key===d&&!s.loading?f:null,O=E?[...E.caseStudies.nodes,...D?.nodes??[]]:[],k=D?D.hasNextPage:E?.caseStudies.pageInfo.hasNextPage??!1,A=D?D.endCursor:E?.caseStudies.pageInfo.endCursor??null,ee=E?.caseStudies.totalCount??0;R(()=>{v!=null&&((w.current?.querySelectorAll(`.result-title a`))?.[v]?.focus(),y(null))},[v,O.length]);let j=(e,t=!1)=>{On(Wr(e),{keepScroll:!0,keepFocus:!0}),t&&T.current?.focus()},te=async()=>{if(A){h(!0),_(null);try{let e=await H($e,{filter:i,first:ni,after:A,orderBy:a,lang:o});y(O.length),p({key:d,nodes:[...D?.nodes??[],...e.caseStudies.nodes],hasNextPage:e.caseStudies.pageInfo.hasNextPage,endCursor:e.caseStudies.pageInfo.endCursor})}catch(e){e instanceof V&&_(e)}finally{h(!1)}}},M=[...r.q?[{label:t.home.searchFor(r.q),next:{...r,q:``,sort:null}}]:[],...r.co.map(e=>({label:t.labels.co[e],next:{...r,co:$(r.co,e)}})),...r.step.map(e=>({label:t.labels.step[e],next:{...r,step:$(r.step,e)}})),...r.area?[{label:t.labels.area[r.area],next:{...r,area:null}}]:[],...r.nation.map(e=>({label:t.labels.nation[e],next:{...r,nation:$(r.nation,e)}})),...r.lang.map(e=>({label:t.labels.languageName(e),next:{...r,lang:$(r.lang,e)}})),...r.evidence==null?[]:[{label:`${t.home.facetEvidence}: ${t.home.evidenceAtLeast(r.evidence)}`,next:{...r,evidence:null}}]];return Y(`div`,{class:`home`,children:[Y(`h1`,{children:t.home.title}),Y(`p`,{class:`lead`,children:t.home.intro}),Y(`form`,{class:`search`,role:`search`,onSubmit:e=>{e.preventDefault(),j({...r,q:S.trim(),sort:null},!0)},children:[Y(`label`,{for:`q`,class:`label`,children:t.home.searchLabel}),Y(`p`,{class:`hint`,id:`q-hint`,children:t.home.searchHint}),Y(`div`,{class:`search-row`,children:[Y(`input`,{type:`search`,id:`q`,name:`q`,class:`input`,"aria-describedby":`q-hint`,value:S,onInput:e=>C(e.currentTarget.value)}),Y(`button`,{type:`submit`,class:`button`,children:t.home.searchButton})]})]}),Y(`section`,{class:`star-section`,"aria-labelledby":`star-h`,children:[Y(`h2`,{id:`star-h`,children:t.home.starHeading}),E?Y(ti,{matrix:E.caseStudyFacets.coStepMatrix,selectedCo:r.co,selectedStep:r.step,busy:s.loading,onCell:(e,t)=>{let n=r.co.length===1&&r.step.length===1&&r.co[0]===e&&r.step[0]===t;j(n?{...r,co:[],step:[]}:{...r,co:[e],step:[t]})},onCo:e=>j({...r,co:$(r.co,e)}),onStep:e=>j({...r,step:$(r.step,e)})}):s.error?Y(er,{error:s.error,onRetry:s.reload}):Y($n,{})]}),u.length>0&&Y(Lr,{items:u}),Y(`div`,{class:`explore`,children:[Y(`section`,{class:`filters${b?``:` is-collapsed`}`,"aria-labelledby":`filters-h`,children:[Y(`h2`,{id:`filters-h`,class:`filters-heading`,children:t.home.filtersHeading}),Y(`button`,{type:`button`,class:`button button-secondary filters-toggle`,"aria-expanded":b,"aria-controls":`filters-panel`,onClick:()=>x(!b),children:t.home.filtersHeading}),Y(`div`,{id:`filters-panel`,class:`filters-panel`,children:E&&Y($r,{facets:E.caseStudyFacets,state:r,onChange:e=>j(e)})})]}),Y(`section`,{class:`results-section`,"aria-labelledby":`results-h`,"aria-busy":s.loading,children:[Y(`div`,{class:`results-head`,children:[Y(`h2`,{id:`results-h`,tabIndex:-1,ref:T,children:t.home.resultsHeading}),Y(`p`,{class:`results-count`,"aria-live":`polite`,"aria-atomic":`true`,children:E?t.home.count(ee):``}),Y(`div`,{class:`sort`,children:[Y(`label`,{for:`sort`,class:`label-inline`,children:t.home.sortLabel}),Y(`select`,{id:`sort`,class:`select`,value:Kr(r),onChange:e=>{let t=e.currentTarget.value;j({...r,sort:Yt.find(e=>e===t)??null})},children:Yt.filter(e=>e!==`RELEVANCE`||r.q).map(e=>Y(`option`,{value:e,children:t.labels.order[e]},e))})]})]}),M.length>0&&Y(`div`,{class:`active-filters`,children:[Y(`h3`,{class:`visually-hidden`,children:t.home.activeFilters}),Y(`ul`,{class:`filter-chips`,children:M.map(e=>Y(`li`,{children:Y(`button`,{type:`button`,class:`filter-chip`,"aria-label":t.home.removeFilter(e.label),onClick:()=>j(e.next,!0),children:[e.label,Y(`span`,{"aria-hidden":`true`,children:` ×`})]})},e.label))}),Jr(r)&&Y(`button`,{type:`button`,class:`link-button`,onClick:()=>j(Rr,!0),children:t.home.clearFilters})]}),s.error&&E&&Y(er,{error:s.error,onRetry:s.reload}),!E&&!s.error&&Y($n,{}),E&&Y(`div`,{ref:w,class:s.loading?`is-stale`:``,children:[O.length===0?Y(`p`,{class:`empty`,children:t.home.noResults}):Y(Ir,{items:O}),O.length>0&&Y(`p`,{class:`showing`,children:t.home.showing(O.length,ee)}),g&&Y(`p`,{class:`error-text`,role:`alert`,children:q(g)}),k&&Y(`button`,{type:`button`,class:`button button-secondary`,disabled:m,onClick:()=>void te(),children:m?t.home.loadingMore:t.home.loadMore})]})]})]})]})}function ai({id:e}){let t=K(pt,{id:e,lang:U()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return Y(rr,{query:t,record:n?.__typename===`Initiative`?n:null,title:e=>e.title,children:e=>Y(oi,{initiative:e})})}function oi({initiative:e}){let t=W();return Y(`article`,{class:`initiative`,children:[Y(`p`,{class:`breadcrumb`,children:Y(`a`,{href:Q.home,children:t.common.backToExplorer})}),Y(`header`,{class:`page-header`,children:[Y(`p`,{class:`eyebrow`,children:t.initiative.heading}),Y(`h1`,{lang:e.servedLanguage,children:e.title}),Y(`p`,{class:`lead`,lang:e.servedLanguage,children:e.summary})]}),Y(Ln,{served:e.servedLanguage,translations:e.translations}),Y(`div`,{class:`two-col`,children:[Y(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[Y(`h2`,{id:`about-h`,children:t.initiative.about}),Y(`dl`,{class:`summary-list council-details`,children:[Y(or,{owner:e.owner}),Y(`div`,{children:[Y(`dt`,{children:t.common.step}),Y(`dd`,{children:Y(tn,{step:e.starStep})})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.coTypes}),Y(`dd`,{children:Y(en,{coTypes:e.coTypes})})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.serviceArea}),Y(`dd`,{children:t.labels.area[e.serviceArea]})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.visibility}),Y(`dd`,{children:t.labels.visibilityShort[e.visibility]})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.updated}),Y(`dd`,{children:G(e.updatedAt)})]}),Y(Rn,{translations:e.translations}),Y(sr,{tags:e.tags})]})]}),Y(`section`,{class:`section`,"aria-labelledby":`appraisal-h`,children:[Y(`h2`,{id:`appraisal-h`,children:t.initiative.appraisal}),Y(qn,{initiative:e})]})]}),Y(xn,{initiative:e}),Y(Vn,{initiative:e}),Y(Gn,{initiative:e}),Y(`section`,{class:`section`,"aria-labelledby":`cases-h`,children:[Y(`h2`,{id:`cases-h`,children:t.initiative.caseStudiesHeading}),e.caseStudies.nodes.length===0?Y(`p`,{class:`empty`,children:t.initiative.noCaseStudies}):Y(Ir,{items:e.caseStudies.nodes})]}),Y(Kn,{initiative:e})]})}var si=1e3,ci=[`OPEN`,`RESOLVED`];function li(){let e=W();Vt(e.reports.title);let{viewer:t,loading:n}=Lt();return n?Y($n,{}):Y(`div`,{class:`reports-page`,children:[Y(`h1`,{children:e.reports.title}),t?Bt(t)?Y(ui,{}):Y(`p`,{children:e.reports.notAllowed}):Y(`p`,{children:Y(`a`,{href:Q.signIn(Q.reports),children:e.reports.needSignIn})})]})}function ui(){let e=W(),t=U(),[n,r]=L(`OPEN`),[i,a]=L(0),o=z(null),s=K(Xe,{status:n,first:50,lang:t},{keepPrevious:!0}),c=s.data?.contentReports.nodes??[];return R(()=>{i>0&&o.current?.focus()},[i]),Y(b,{children:[Y(`p`,{class:`lead`,children:e.reports.intro}),Y(`fieldset`,{class:`field`,children:[Y(`legend`,{class:`label`,children:e.reports.show}),Y(`div`,{class:`radios`,children:ci.map(t=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,id:`report-status-${t}`,name:`report-status`,checked:n===t,onChange:()=>{r(t),a(0)}}),Y(`label`,{for:`report-status-${t}`,children:t===`OPEN`?e.reports.showOpen:e.reports.showResolved})]},t))})]}),Y(`div`,{"aria-live":`polite`,class:`live`,children:i>0&&Y(`div`,{class:`notice notice-success report-resolved`,tabIndex:-1,ref:o,children:Y(`p`,{children:e.reports.resolvedNow})})}),s.error?Y(er,{error:s.error,onRetry:s.reload}):s.data?Y(`div`,{class:s.loading?`is-stale`:``,"aria-busy":s.loading,children:[Y(`p`,{class:`reports-count`,children:e.reports.count(s.data.contentReports.totalCount)}),c.length===0?Y(`p`,{class:`empty`,children:n===`OPEN`?e.reports.noneOpen:e.reports.noneResolved}):Y(`ol`,{class:`report-list`,children:c.map((e,t)=>Y(di,{report:e,index:t,onResolved:()=>{a(e=>e+1),s.reload()}},e.id))})]}):Y($n,{})]})}function di({report:e,index:t,onResolved:n}){let r=W(),i=e.caseStudy,a=(e,t,n)=>Y(`div`,{children:[Y(`dt`,{children:e}),Y(`dd`,{class:n,children:t})]});return Y(`li`,{class:`report-item`,children:Y(`article`,{"aria-labelledby":`report-${t}-h`,children:[Y(`h2`,{id:`report-${t}-h`,class:`report-title`,children:i?Y(`a`,{href:Q.caseStudy(i.id),lang:i.servedLanguage,children:i.title}):r.reports.unknownCaseStudy}),Y(`dl`,{class:`summary-list`,children:[i&&a(r.reports.council,i.owner.name),a(r.reports.reason,r.labels.reportReason[e.reason],`report-reason`),e.details&&a(r.reports.details,e.details,`report-details`),a(r.reports.reporter,e.reporter.name,`report-reporter`),a(r.reports.reported,G(e.createdAt)),e.outcome&&a(r.reports.outcome,e.outcome,`report-outcome`),e.resolvedBy&&a(r.reports.resolvedBy,e.resolvedBy.name),e.resolvedAt&&a(r.reports.resolved,G(e.resolvedAt))]}),e.status===`OPEN`&&Y(fi,{id:e.id,fieldId:`outcome-${t}`,onResolved:n})]})})}function fi({id:e,fieldId:t,onResolved:n}){let r=W(),[i,a]=L(``),[o,s]=L(!1),[c,l]=L(null),[u,d]=L(!1),f=u?r.reports.outcomeEmpty:c?.errors.find(e=>e.field===`outcome`)?.message??null,p=async r=>{r.preventDefault();let a=i.trim();if(d(!a),l(null),!a)document.getElementById(t)?.focus();else{s(!0);try{await H(Ze,{id:e,outcome:a}),n()}catch(e){if(e instanceof V)l(e);else throw e}finally{s(!1)}}};return Y(`form`,{class:`form resolve-form`,noValidate:!0,onSubmit:e=>void p(e),children:[c&&!f&&Y(`p`,{class:`error-text`,role:`alert`,children:q(c)}),Y(Z,{id:t,label:r.reports.outcome,hint:r.reports.outcomeHint,error:f,children:Y(`textarea`,{id:t,class:`textarea`,rows:2,maxLength:si,value:i,"aria-required":`true`,"aria-invalid":f?!0:void 0,"aria-describedby":X(t,r.reports.outcomeHint,f),onInput:e=>a(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button`,disabled:o,children:o?r.reports.resolving:r.reports.resolve})]})}var pi=[`VIEWER`,`EDITOR`,`ADMIN`,`CURATOR`];function mi(e){let t=new URLSearchParams(e).get(`next`);if(!t)return`/`;try{let e=new URL(t,window.location.origin);return e.origin===window.location.origin?e.pathname+e.search:`/`}catch{return`/`}}async function hi(){try{let e=await fetch(`/dev/token`,{headers:{Accept:`application/json`}});return e.ok?(await e.json()).available===!0:!1}catch{return!1}}function gi({search:e}){let t=W();Vt(t.signIn.title);let{viewer:n}=Lt(),[r,i]=L(!1),[a,o]=L(``),[s,c]=L(null),[l,u]=L(null),[d,f]=L(``),[p,m]=L(`EDITOR`),[h,g]=L(null),_=K(nt,{},{skip:!r});R(()=>{let e=!0;return hi().then(t=>{e&&i(t)}),()=>{e=!1}},[]);let v=_.data?.organisations.nodes??[];R(()=>{let e=v[0];!d&&e&&f(e.slug)},[v,d]);let y=async n=>{try{return(await H(tt,{},{token:n})).viewer?(He(n),On(mi(e)),null):t.signIn.tokenRefused}catch(e){if(e instanceof V)return e.has(`UNAUTHENTICATED`)?t.signIn.tokenRefused:q(e);throw e}},b=async e=>{e.preventDefault();let n=a.trim().replace(/^Bearer\s+/i,``);n?(u(`token`),c(await y(n)),u(null)):c(t.signIn.tokenEmpty)},x=async e=>{e.preventDefault(),u(`dev`),g(null);try{let e=await fetch(`/dev/token`,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({organisation:d,role:p})}),n=await _t(e);if(e.ok&&typeof n==`object`&&n&&`token`in n&&typeof n.token==`string`)g(await y(n.token));else{let r=gt(n);g(r.length>0?q(new V(r,e.status)):t.signIn.devFailed)}}catch{g(t.signIn.devFailed)}u(null)};return Y(`div`,{class:`sign-in`,children:[Y(`h1`,{children:t.signIn.title}),Y(`p`,{class:`lead`,children:t.signIn.intro}),n&&Y(tr,{kind:`info`,children:[Y(`p`,{children:t.signIn.signedIn(n.organisation.name,n.roles.map(e=>t.labels.role[e]).join(`, `))}),Y(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>He(null),children:t.app.signOut})]}),r&&Y(`section`,{class:`section panel`,"aria-labelledby":`dev-h`,children:[Y(`h2`,{id:`dev-h`,children:t.signIn.devHeading}),Y(`p`,{children:t.signIn.devIntro}),Y(`form`,{class:`form`,onSubmit:e=>void x(e),noValidate:!0,children:[h&&Y(`p`,{class:`error-text`,role:`alert`,children:h}),Y(Z,{id:`dev-org`,label:t.signIn.organisation,children:Y(`select`,{id:`dev-org`,class:`select`,value:d,onChange:e=>f(e.currentTarget.value),children:v.map(e=>Y(`option`,{value:e.slug,children:e.name},e.slug))})}),Y(`fieldset`,{class:`field`,children:[Y(`legend`,{class:`label`,children:t.signIn.role}),Y(`div`,{class:`radios`,children:pi.map(e=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,id:`dev-role-${e}`,name:`dev-role`,checked:p===e,"aria-describedby":e===`CURATOR`?`dev-role-CURATOR-hint`:void 0,onChange:()=>m(e)}),Y(`div`,{children:[Y(`label`,{for:`dev-role-${e}`,children:t.labels.role[e]}),e===`CURATOR`&&Y(`p`,{class:`hint radio-hint`,id:`dev-role-CURATOR-hint`,children:t.signIn.curatorHint})]})]},e))})]}),Y(`button`,{type:`submit`,class:`button`,disabled:l!=null||!d,children:l===`dev`?t.signIn.checking:t.signIn.devSubmit})]})]}),Y(`section`,{class:`section`,"aria-labelledby":`token-h`,children:[Y(`h2`,{id:`token-h`,children:t.signIn.tokenHeading}),Y(`form`,{class:`form`,onSubmit:e=>void b(e),noValidate:!0,children:[Y(Z,{id:`token`,label:t.signIn.tokenLabel,hint:t.signIn.tokenHint,error:s,children:Y(`textarea`,{id:`token`,class:`textarea textarea-token`,rows:4,spellcheck:!1,autocomplete:`off`,value:a,"aria-invalid":s?!0:void 0,"aria-describedby":X(`token`,t.signIn.tokenHint,s),onInput:e=>o(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button`,disabled:l!=null,children:l===`token`?t.signIn.checking:t.signIn.tokenSubmit})]})]})]})}function _i({route:e,location:t}){switch(e.name){case`home`:return Y(ii,{search:t.search});case`caseStudy`:return Y(fr,{id:e.id});case`caseStudyNew`:return Y(jr,{id:null});case`caseStudyEdit`:return Y(jr,{id:e.id});case`initiative`:return Y(ai,{id:e.id});case`signIn`:return Y(gi,{search:t.search});case`reports`:return Y(li,{});case`notFound`:return Y(Qn,{})}}function vi(){return Y(`svg`,{class:`brand-mark`,viewBox:`0 0 24 24`,width:`28`,height:`28`,"aria-hidden":`true`,focusable:`false`,children:Y(`path`,{d:`M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.6 5.7 21.5l1.7-7.3L2 9.5l7.1-.6z`})})}function yi(){let e=W(),t=kn(),n=Pt(),r=K(tt,{},{skip:!n}),i=n?r.data?.viewer??null:null,a={viewer:i,loading:n!=null&&r.loading&&!r.data},o=Mn(t.path),s=z(null);R(()=>{Dn()&&s.current?.focus()},[t]);let c=e=>o.name===e?`page`:void 0;return Y(It.Provider,{value:a,children:[Y(`a`,{class:`skip-link`,href:`#main`,children:e.app.skipLink}),Y(`header`,{class:`site-header`,children:Y(`div`,{class:`wrap header-row`,children:[Y(`a`,{class:`brand`,href:Q.home,children:[Y(vi,{}),Y(`span`,{children:e.app.name})]}),Y(`nav`,{class:`site-nav`,"aria-label":e.app.mainNav,children:Y(`ul`,{children:[Y(`li`,{children:Y(`a`,{href:Q.home,"aria-current":c(`home`),children:e.app.explore})}),Rt(i)&&Y(`li`,{children:Y(`a`,{href:Q.caseStudyNew,"aria-current":c(`caseStudyNew`),children:e.app.newCaseStudy})}),Bt(i)&&Y(`li`,{children:Y(`a`,{href:Q.reports,"aria-current":c(`reports`),children:e.app.reports})}),!i&&Y(`li`,{children:Y(`a`,{href:Q.signIn(),"aria-current":c(`signIn`),children:e.app.signIn})})]})}),Y(`div`,{class:`account`,children:[i&&Y(`p`,{class:`viewer`,children:[Y(`span`,{class:`visually-hidden`,children:[e.app.signedInAs,` `]}),Y(`span`,{class:`viewer-org`,children:i.organisation.name}),` `,Y(`span`,{class:`viewer-role`,children:[`(`,i.roles.map(t=>e.labels.role[t]).join(`, `),`)`]})]}),i&&Y(`button`,{type:`button`,class:`link-button`,onClick:()=>He(null),children:e.app.signOut}),Y(`button`,{type:`button`,class:`link-button lang-switch`,lang:Ot()===`en`?`cy`:`en`,onClick:()=>At(Ot()===`en`?`cy`:`en`),children:e.app.switchLanguage})]})]})}),Y(`main`,{id:`main`,class:`wrap`,tabIndex:-1,ref:s,children:[Be()&&!n&&o.name!==`signIn`&&Y(`div`,{class:`notice notice-warning`,role:`status`,children:Y(`a`,{href:Q.signIn(t.path+t.search),children:e.signIn.expired})}),Y(_i,{route:o,location:t},t.path)]}),Y(`footer`,{class:`site-footer`,children:Y(`div`,{class:`wrap`,children:Y(`p`,{children:e.app.footer})})})]})}document.documentElement.lang=Ot(),An();var bi=document.getElementById(`app`);bi&&ce(Y(yi,{}),bi);