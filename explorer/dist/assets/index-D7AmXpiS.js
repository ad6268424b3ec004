var e,t,n,r,i,a,o,s,c,l,u,d=Symbol.for(`pv`),f={},p=[],m=/^m(i|n|o|s|text|space)$/,h=Array.isArray,g=p.slice,_=Object.assign;function v(e){e&&e.parentNode&&e.remove()}function y(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:d,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function b(e){return e.children}function x(e,t){this.props=e,this.context=t,this.__g=0}function S(e,t){if(t==null)return e.__&&S(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:S(e)}function C(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=_({constructor:d},r)).__v=r.__v+1,e.vnode&&e.vnode(n),A(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||S(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,oe(a,n,o),r.__=r.__e=null,n.__e!=i&&w(n))}function w(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),w(e)}function T(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(E)}function E(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&C(e)}finally{(i=n.length)&&(r||queueMicrotask)(E)}}function D(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,_,v,y=r.__k||p,b=t.length;for(c=O(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=~h.__i&&y[h.__i]||f,h.__i=d,v=A(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&j(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=ee(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function O(e,t,n,r,i){var a,o,s,c,l,u,f,p,m,g=n.length,_=g,v=0,x=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=y(null,o):h(o)?o=C[a]=y(b,{children:o}):o.constructor===d&&o.__b?o=C[a]=y(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+v,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=te(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?v--:l==c+1?v++:l!=c&&(l>c?v--:v++,x=1)):(~l||(i>g?v--:i<g&&v++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(x){for(u=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(v=0,p=u.length;v<p;)u[m=v+p>>1]<o.__i?v=m+1:p=m;u[v]=o.__i,f[a]=v+1}for(v=u.length;a--;)f[a]&&(f[a]==v?v--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=S(s)),ce(s,s));return r}function ee(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=ee(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=S(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function te(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function ne(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function k(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ne(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||ne(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=re(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function re(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function A(t,n,r,i,a,o,s,c,l,u){var f,m,g,y,C,w,T,E,O,ee,te,ne,k,re,A,oe,j,ue,de=n.type;if(n.constructor!==d)return null;128&r.__u&&(l=32&r.__u,f=r.__c.__z)&&(n.__u|=l,m=o=[],f.nodeType==8?c=ie(f,o):o.push(f),c=o[0]||c),(f=e.__b)&&f(n);e:if(typeof de==`function`){g=s.length;try{if(E=n.props,O=(f=de.prototype)&&f.render,ee=(f=de.contextType)&&i[f.__c],te=f?ee?ee.props.value:f.__:i,(y=r.__c)?(n.__c=y,2&y.__g&&(y.__g|=1)):(O?n.__c=y=new de(E,te):(n.__c=y=new x(E,te),y.constructor=de,y.render=le),ee&&ee.sub(y),y.state||(y.state={}),y.__n=i,y.__g|=8,y.__h=[],y.__k=[]),O&&(y.__s||(y.__s=y.state),de.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=_({},y.__s)),_(y.__s,de.getDerivedStateFromProps(E,y.__s)))),C=y.props,w=y.state,y.__v=n,r.__c){if(E!==C&&O&&!de.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,te),n.__v==r.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&!1===y.shouldComponentUpdate(E,y.__s,te)){n.__v!=r.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),p.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&s.push(y),c=S(r);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,te),O&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(C,w,T)})}else O&&!de.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),O&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=te,y.props=E,y.__P=t,y.__g&=-5,ne=e.__r,k=O?25:0;do y.__g&=-9,ne&&ne(n),f=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++k<25);O&&(p.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(i=_({},i,y.getChildContext())),O&&r.__c&&y.getSnapshotBeforeUpdate&&(T=y.getSnapshotBeforeUpdate(C,w)),re=f&&f.type===b&&f.key==null?f.props.children:f,E.__P&&(f=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&ce(e,e)}),r.__k=null),c=r.__k?S(r,0):null),c=D(t,h(re)?re:[re],n,r,i,a,o,s,c,l,u),E.__P&&(n.__e=null,c=f),n.__u&=-161,m&&m.some(v),y.__h.length&&s.push(y),1&y.__g&&(y.__g&=-4)}catch(t){if(s.length=g,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(j=o.indexOf(c||void 0))||(j=o.length);(ue=o[j-1])&&ue.nodeType==8;)j--;for(;j<o.length;j++)if(ue=o[j]){if(o[j]=null,A){if(ue==oe)break}else{if(ue.nodeType!=8)break;ue.data.startsWith(`$s`)&&(oe=ie(A=ue))}}}if(!A){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;A=c}(f=ie(A=n.__c.__z||(n.__c.__z=A)))?(n.__e=A,c=f):n.__e=c,c&&=c.nextSibling}else o&&o.some(v)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||ae(n),e.__e(t,n,r)}}else c=n.__e=se(r.__e,n,r,i,a,o,s,l,u,t);return(f=e.diffed)&&f(n),c}function ie(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function ae(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ae))}function oe(t,n,r){for(var i=0;i<r.length;)j(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function se(t,n,r,i,a,o,s,c,l,u){var d,p,_,y,b,x,C,w,T=r.props||f,E=n.props,O=n.type;if(O==`svg`?a=`http://www.w3.org/2000/svg`:O==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(d=0;d<o.length;d++)if((b=o[d])&&(O?b.localName==O:b.nodeType==3)){t=b,o[d]=null;break}}if(!t){if(w=u.ownerDocument||document,!O)return w.createTextNode(E);t=w.createElementNS(a,O,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(O){if(u=O==`template`&&t.content||t,o=O==`textarea`&&E.defaultValue!=null?null:o&&g.call(u.childNodes),!c&&o)for(T={},d=0;d<t.attributes.length;d++)T[(b=t.attributes[d]).name]=b.value;for(d in T)b=T[d],d==`dangerouslySetInnerHTML`?_=b:d==`children`||d in E||d==`value`&&`defaultValue`in E||d==`checked`&&`defaultChecked`in E||k(t,d,null,b,a);for(d in E)b=E[d],d==`children`?y=b:d==`dangerouslySetInnerHTML`?p=b:d==`value`?x=b:d==`checked`?C=b:c&&typeof b!=`function`||T[d]===b||k(t,d,b,T[d],a);p?(c||_&&(p.__html==_.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),n.__k=[]):(_&&(t.textContent=``),(O==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&m.test(O))&&(a=`http://www.w3.org/1999/xhtml`),D(u,h(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&S(r,0),c,l),o&&o.some(v)),c&&O!=`textarea`||(d=`value`,O==`progress`&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(O!=`progress`||x)||k(t,d,x,T[d],a),d=`checked`,C!=null&&C!=t[d]&&k(t,d,C,T[d],a))}else T===E||c&&t.data==E||(t.data=E);return t}function j(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function ce(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||j(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&ce(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=ie(i,o=[]))&&(i==t.__e&&o.some(v),v(a),v(i)),r||v(t.__e),t.__e=t.__c=t.__=null}function le(e,t,n){return this.constructor(e,n)}function ue(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=y(b,{children:[t]}),a=[],o=[],A(n,n.__k,i||f,f,n.namespaceURI,i?null:n.firstChild?g.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),oe(a,n.__k,o),n.__k.props.children=null}function de(e){function t(e){var n,r;return this.getChildContext||(n=new Set,(r={})[t.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__g|=4,T(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n.delete(e),t&&t.call(e)}}),e.children}return t.__c=`__cC`+u++,t.__=e,t.Provider=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,x.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=_({},this.state)),typeof e==`function`&&(e=e(_({},n),this.props)),e&&(_(n,e),this.__v&&(t&&this.__k.push(t),T(this)))},x.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),T(this))},x.prototype.render=b,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={},u=0;var fe,M,pe,me,he=Object.is,ge=0,_e=[],ve=[],N=e,ye=N.__b,be=N.__r,xe=N.diffed,Se=N.__c,Ce=N.unmount,we=N.__;function Te(e,t){N.__h&&N.__h(M,e,ge||t),ge=0;var n=M.__H||(M.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function P(e){return ge=1,Ee(Ie,e)}function Ee(e,t,n){var r=Te(fe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ie(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);he(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){M.__f=!0;var i=M.shouldComponentUpdate;M.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,he(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function F(e,t){var n=Te(fe++,3);!N.__s&&Fe(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,M.__H.__h.push(n))}function I(e){return ge=5,De(function(){return{current:e}},[])}function De(e,t){var n=Te(fe++,7);return Fe(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Oe(e){var t=M.context[e.__c],n=Te(fe++,9);return n.c=e,t?(n.__??(n.__=!0,t.sub(M)),t.props.value):e.__}function ke(){var e;do{for(;e=ve.shift();)try{Ne(e)}catch(t){N.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=_e.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ne),t.__h.some(Pe),t.__h=[]}catch(n){t.__h=[],N.__e(n,e.__v)}}}while(ve.length)}N.__b=function(e){M=null,ye&&ye(e)},N.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},N.__r=function(e){be&&be(e),fe=0;var t=(M=e.__c).__H;t&&(pe==M?M.__h=[]:(t.__h.some(Ne),t.__h.some(Pe),fe=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),pe=M},N.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Me(_e.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),pe=M=null},N.__c=function(e,t){t.some(function(e){try{e.__h.some(Ne),e.__h=e.__h.filter(function(e){return!e.__||Pe(e)})}catch(t){e.__h=[function(){throw t}]}}),Se&&Se(e,t)},N.unmount=function(e){Ce&&Ce(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,Me(ve.push(r))}else Ne(r)}catch(e){t=e}}),r.__H=void 0,t&&N.__e(t,r.__v))};var Ae=typeof requestAnimationFrame==`function`;function je(e){var t,n=function(){clearTimeout(r),Ae&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Ae&&(t=requestAnimationFrame(n))}function Me(e){e!=1&&me==N.requestAnimationFrame||((me=N.requestAnimationFrame)||je)(ke)}function Ne(e){var t=M,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),M=t}function Pe(e){var t=M;e.__c=e.__(),M=t}function Fe(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!he(t,e[n])})}function Ie(e,t){return typeof t==`function`?t(e):t}var Le=`costar.token`,Re=new Set,ze=!1;function Be(){try{return sessionStorage.getItem(Le)}catch{return null}}var Ve=Be();function He(){return Ve}function Ue(){return ze}function We(){for(let e of Re)e()}function Ge(e){Ve=e,ze=!1;try{e?sessionStorage.setItem(Le,e):sessionStorage.removeItem(Le)}catch{}We()}function Ke(){Ge(null),ze=!0,We()}function qe(e){return Re.add(e),()=>Re.delete(e)}var L=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new L(`
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
    `,{fragmentName:`CaseStudyCard`}),new L(`
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
    `,{fragmentName:`CaseStudyCuration`}),new L(`
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
    `,{fragmentName:`EvidenceItem`}),new L(`
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
}`,{fragmentName:`InitiativeDetail`}),new L(`
    fragment SmallCountParts on SmallCount {
  count
  countSuppressed
}
    `,{fragmentName:`SmallCountParts`}),new L(`
    fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}
    `,{fragmentName:`BusinessCaseTotals`});var Je=new L(`
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
}`),Ye=new L(`
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
}`),Xe=new L(`
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
}`),Ze=new L(`
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
}`),Qe=new L(`
    mutation ReportContent($id: ID!, $reason: ReportReason!, $details: String) {
  reportContent(id: $id, reason: $reason, details: $details) {
    id
    reason
    status
  }
}
    `),$e=new L(`
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
    `),et=new L(`
    mutation ResolveReport($id: ID!, $outcome: String!) {
  resolveReport(id: $id, outcome: $outcome) {
    id
    status
    outcome
    resolvedAt
  }
}
    `),tt=new L(`
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
}`),nt=new L(`
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
}`),rt=new L(`
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
}`),it=new L(`
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
    `),at=new L(`
    query SignInOrganisations {
  organisations(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `),ot=new L(`
    query CaseStudyLanguage($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      language
    }
  }
}
    `),st=new L(`
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
    `),ct=new L(`
    query OwnInitiatives($owner: String!, $lang: String) {
  initiatives(first: 100, filter: {owner: $owner}, orderBy: {field: TITLE}) {
    nodes {
      id
      title(lang: $lang)
    }
  }
}
    `),lt=new L(`
    mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    version
  }
}
    `),ut=new L(`
    mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
  updateCaseStudy(input: $input) {
    id
    version
  }
}
    `),dt=new L(`
    mutation RestoreRevision($id: ID!, $version: Int!, $expectedVersion: Int!) {
  restoreRevision(id: $id, version: $version, expectedVersion: $expectedVersion) {
    id
    ... on CaseStudy {
      version
    }
  }
}
    `),ft=new L(`
    mutation PublishCaseStudy($id: ID!) {
  publishCaseStudy(id: $id) {
    id
    status
    version
  }
}
    `),pt=new L(`
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
    `),mt=new L(`
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
    `),ht=new L(`
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
}`),gt=new L(`
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
}`),_t=new L(`
    query InitiativeToolkit($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on Initiative {
      id
      assets {
        id
        kind
        description
        location
        contactRoute
        visibility
      }
      assetSummary {
        participants {
          ...SmallCountParts
        }
        assets
        categories {
          category
          offers {
            ...SmallCountParts
          }
          needs {
            ...SmallCountParts
          }
          matches {
            ...SmallCountParts
          }
        }
      }
      incentives {
        id
        targetGroup
        kind
        title
        example
        cost
        currency
        template {
          id
          title
          publisher {
            id
            name
          }
        }
        totalUptake {
          ...SmallCountParts
        }
        uptake {
          from
          to
          people {
            ...SmallCountParts
          }
        }
      }
      charters {
        id
        title(lang: $lang)
        servedLanguage(lang: $lang)
        template {
          id
          title
          language
          publisher {
            id
            name
          }
        }
        templateDifferences {
          part
          change
          text
        }
      }
      businessCase {
        ...BusinessCaseTotals
        flows {
          year
          category
          amount
        }
      }
    }
  }
}
    fragment SmallCountParts on SmallCount {
  count
  countSuppressed
}
fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}`),vt=new L(`
    query InitiativeParticipants($id: ID!) {
  node(id: $id) {
    __typename
    ... on Initiative {
      id
      participants {
        id
        reference
        consentedOn
        willingness
        withdrawnAt
        offers {
          category
          description
          availability
        }
        needs {
          category
          description
          availability
        }
      }
    }
  }
}
    `),yt=new L(`
    query InitiativeMatches($initiativeId: ID!) {
  matches(initiativeId: $initiativeId, first: 50) {
    category
    score
    sharedAvailability
    offer {
      description
    }
    offeredBy {
      id
      reference
    }
    need {
      description
    }
    neededBy {
      id
      reference
    }
  }
}
    `),bt=new L(`
    query BusinessCasePage($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on Initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      owner {
        id
        name
      }
      businessCase {
        ...BusinessCaseTotals
        years {
          year
          benefits
          costs
          discountFactor
          discountedNet
          cumulativeDiscountedNet
        }
      }
    }
  }
}
    fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}`),xt=new L(`
    query ToolkitPage($withRuns: Boolean!) {
  barrierSurveys(first: 20) {
    nodes {
      id
      title
      version
      publishedAt
      publisher {
        id
        name
      }
      barriers {
        key
        group
        text
      }
      runs @include(if: $withRuns) {
        id
        service
        opensOn
        closesOn
        responses
        results {
          barrier {
            key
            group
            text
          }
          responses
          meanScore
          shareReportingBarrier
          benchmark {
            councils
            responses
            meanScore
            shareReportingBarrier
          }
        }
      }
    }
  }
  charterTemplates(first: 50) {
    nodes {
      id
      title
      language
      createdAt
      publisher {
        id
        name
      }
      commitments {
        party
        kind
        text
      }
      risks {
        description
      }
    }
  }
}
    `),St=new L(`
    mutation AddParticipant($initiativeId: ID!, $input: ParticipantInput!) {
  addParticipant(initiativeId: $initiativeId, input: $input) {
    id
    reference
  }
}
    `),Ct=new L(`
    mutation WithdrawParticipantConsent($id: ID!) {
  withdrawParticipantConsent(id: $id) {
    id
    reference
    withdrawnAt
  }
}
    `),wt=new L(`
    query IncentiveTemplates {
  incentiveTemplates {
    id
    targetGroup
    kind
    title
    cost
    currency
    publisher {
      id
      name
    }
  }
}
    `),Tt=new L(`
    mutation CopyIncentiveTemplates($initiativeId: ID!, $templateIds: [ID!]!) {
  copyIncentiveTemplates(initiativeId: $initiativeId, templateIds: $templateIds) {
    id
    title
  }
}
    `),Et=new L(`
    mutation RecordIncentiveUptake($incentiveId: ID!, $input: IncentiveUptakeInput!) {
  recordIncentiveUptake(incentiveId: $incentiveId, input: $input) {
    id
  }
}
    `),Dt=new L(`
    mutation SetBusinessCase($initiativeId: ID!, $input: BusinessCaseInput!) {
  setBusinessCase(initiativeId: $initiativeId, input: $input) {
    ...BusinessCaseTotals
  }
}
    fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}`),Ot=new L(`
    query RankedOptions($by: OptionRanking!, $lang: String) {
  rankedOptions(by: $by, first: 50) {
    rank
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      businessCase {
        currency
        npv
        benefitCostRatio
      }
      appraisal {
        quadrant
        benefitCostRatio
      }
    }
  }
}
    `);function kt(e,t,n=null){return{message:t,code:e,field:n,currentVersion:null}}var R=class extends Error{errors;status;constructor(e,t){super(e.map(e=>e.message).join(`; `)||`HTTP ${t}`),this.name=`ApiError`,this.errors=e,this.status=t}has(e){return this.errors.some(t=>t.code===e)}};function At(e){let t=e.extensions??{};return{message:typeof e.message==`string`?e.message:`Unknown error`,code:typeof t.code==`string`?t.code:`UNKNOWN`,field:typeof t.field==`string`?t.field:null,currentVersion:typeof t.currentVersion==`number`?t.currentVersion:null}}function jt(e){return typeof e!=`object`||!e||!(`errors`in e)||!Array.isArray(e.errors)?[]:e.errors.filter(e=>typeof e==`object`&&!!e).map(At)}async function Mt(e){try{return await e.json()}catch{return null}}async function Nt(e,t,n={}){let r=n.token===void 0?He():n.token,i={"Content-Type":`application/json`,Accept:`application/graphql-response+json, application/json`};r&&(i.Authorization=`Bearer ${r}`);let a;try{a=await fetch(`/graphql`,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal??null})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:new R([kt(`NETWORK`,`The server could not be reached.`)],0)}let o=await Mt(a),s=jt(o);s.some(e=>e.code===`UNAUTHENTICATED`)&&r&&n.token===void 0&&Ke();let c=typeof o==`object`&&o&&`data`in o?o.data:null;if(c==null)throw s.length===0&&s.push(kt(`HTTP_${a.status}`,`The server answered ${a.status}.`)),new R(s,a.status);return{data:c,error:s.length>0?new R(s,a.status):null}}async function z(e,t,n={}){let{data:r,error:i}=await Nt(e,t,n);if(i)throw i;return r}var Pt=e=>`${e} astudiaeth achos`,Ft={app:{name:`Archwiliwr Costar`,skipLink:`Neidio i'r prif gynnwys`,mainNav:`Prif lywio`,explore:`Archwilio`,newCaseStudy:`Astudiaeth achos newydd`,reports:`Adroddiadau`,toolkit:`Pecyn cymorth`,signIn:`Mewngofnodi`,signOut:`Allgofnodi`,signedInAs:`Wedi mewngofnodi fel`,switchLanguage:`English`,footer:`Arferion cyd-gynhyrchu a rennir gan gynghorau’r rhwydwaith.`,titleSuffix:`Archwiliwr Costar`},common:{loading:`Wrthi’n llwytho…`,retry:`Rhoi cynnig arall arni`,errorTitle:`Aeth rhywbeth o’i le`,notFoundTitle:`Heb ddod o hyd i’r dudalen`,notFoundBody:`Does dim byd yn y cyfeiriad hwn, neu nid oes gennych hawl i’w weld. Efallai y gwelwch fwy o fewngofnodi fel aelod.`,backToExplorer:`Yn ôl i’r Archwiliwr`,none:`Dim`,notKnown:`Anhysbys`,council:`Cyngor`,gssCode:`Cod GSS`,nation:`Gwlad`,serviceArea:`Maes gwasanaeth`,coTypes:`Y Cyd-`,step:`Cam y Seren`,visibility:`Gwelededd`,status:`Statws`,tags:`Tagiau`,published:`Cyhoeddwyd`,updated:`Diweddarwyd ddiwethaf`,draft:`Drafft`,scrollHint:`Sgroliwch i’r ochr`},errors:{NETWORK:`Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad a rhoi cynnig arall arni.`,NOT_FOUND:`Nid yw’r cofnod hwn yn bodoli, neu nid oes gennych hawl i’w weld.`,FORBIDDEN:`Nid oes gennych hawl i wneud hyn.`,UNAUTHENTICATED:`Nid yw eich mewngofnodi’n ddilys mwyach. Mewngofnodwch eto.`,BAD_USER_INPUT:`Nid yw peth o’r hyn a anfonwyd yn ddilys.`,CONFLICT:`Mae rhywun arall wedi newid y cofnod hwn ers i chi ei agor.`,RATE_LIMITED:`Gormod o geisiadau. Arhoswch ennyd a rhoi cynnig arall arni.`,QUERY_TOO_COMPLEX:`Gofynnodd y cais am ormod ar unwaith.`,INTERNAL_SERVER_ERROR:`Methodd y gweinydd ag ateb. Rhowch gynnig arall arni yn nes ymlaen.`,SERVICE_UNAVAILABLE:`Nid yw’r gwasanaeth ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn ennyd.`,TIMEOUT:`Cymerodd y gweinydd ormod o amser i ateb. Rhowch gynnig arall arni, neu gofynnwch am lai ar unwaith.`,fallback:`Methodd y cais.`},labels:{co:{CO_COMMISSIONING:`Cyd-gomisiynu`,CO_DESIGN:`Cyd-ddylunio`,CO_DELIVERY:`Cyd-gyflawni`,CO_ASSESSMENT:`Cyd-asesu`},coHint:{CO_COMMISSIONING:`Blaenoriaethu a chynllunio gwasanaethau gyda defnyddwyr a chymunedau`,CO_DESIGN:`Ailgynllunio gwasanaethau gyda dinasyddion`,CO_DELIVERY:`Darparu gwasanaethau a gweithredu ataliol gyda’n gilydd`,CO_ASSESSMENT:`Dinasyddion yn gwerthuso ansawdd a chanlyniadau`},step:{MAP_IT:`Mapio`,FOCUS_IT:`Ffocysu`,PEOPLE_IT:`Pobl`,MARKET_IT:`Marchnata`,GROW_IT:`Tyfu`},nation:{ENGLAND:`Lloegr`,SCOTLAND:`Yr Alban`,WALES:`Cymru`,NORTHERN_IRELAND:`Gogledd Iwerddon`},area:{ADULT_SOCIAL_CARE:`Gofal cymdeithasol i oedolion`,CHILDREN_AND_YOUNG_PEOPLE:`Plant a phobl ifanc`,HEALTH:`Iechyd`,COMMUNITY_SAFETY:`Diogelwch cymunedol`,ENVIRONMENT:`Yr amgylchedd`,HOUSING:`Tai`,EDUCATION:`Addysg`,CULTURE_AND_LEISURE:`Diwylliant a hamdden`,TRANSPORT:`Trafnidiaeth`,COMMISSIONING_AND_FUNDING:`Comisiynu a chyllido`,WHOLE_COUNCIL:`Y cyngor cyfan`,OTHER:`Arall`},visibility:{PRIVATE:`Preifat: eich sefydliad chi yn unig`,NETWORK:`Rhwydwaith: aelodau’r rhwydwaith`,PUBLIC:`Cyhoeddus: unrhyw un, ar ôl ei gyhoeddi`},visibilityShort:{PRIVATE:`Preifat`,NETWORK:`Rhwydwaith`,PUBLIC:`Cyhoeddus`},status:{DRAFT:`Drafft`,PUBLISHED:`Wedi’i chyhoeddi`,ARCHIVED:`Wedi’i harchifo`},stepKind:{ACTIVITY:`Gweithgareddau`,OUTPUT:`Allbynnau`,INTERMEDIATE_OUTCOME:`Canlyniadau interim`,FINAL_OUTCOME:`Canlyniadau terfynol`},peerReviewKind:{PEER_REVIEW:`Adolygiad gan gymheiriaid`,STUDY_VISIT:`Ymweliad astudio`},peerReviewStatus:{REQUESTED:`Wedi gofyn`,ACCEPTED:`Derbyniwyd`,DECLINED:`Gwrthodwyd`,COMPLETED:`Wedi’i gwblhau`,CANCELLED:`Wedi’i ganslo`},party:{SERVICE:`Y gwasanaeth cyhoeddus`,COMMUNITY:`Y gymuned`},commitmentKind:{RIGHT:`Hawliau`,RESPONSIBILITY:`Cyfrifoldebau`},riskLevel:{LOW:`Isel`,MEDIUM:`Canolig`,HIGH:`Uchel`},charterStatus:{DRAFT:`Drafft`,ADOPTED:`Wedi’i fabwysiadu`,RETIRED:`Wedi’i ddirwyn i ben`},indicatorKind:{OUTCOME:`Dangosydd canlyniad`,PROCESS:`Dangosydd proses`},quadrant:{QUICK_WIN:`Enillion cyflym`,MAJOR_PROJECT:`Prosiect mawr`,FILL_IN:`Tasg lenwi`,THANKLESS_TASK:`Tasg ddiddiolch`},role:{VIEWER:`Gwyliwr`,EDITOR:`Golygydd`,ADMIN:`Gweinyddwr`,SYNC:`Partner cysoni`,CURATOR:`Curadur`},reportReason:{INACCURATE:`Gwybodaeth anghywir`,OUTDATED:`Wedi dyddio`,PERSONAL_DATA:`Yn cynnwys data personol`,OFFENSIVE:`Sarhaus`,COPYRIGHT:`Yn torri hawlfraint`,SPAM:`Sbam neu hysbysebu`,OTHER:`Rhywbeth arall`},reportStatus:{OPEN:`Agored`,RESOLVED:`Wedi’i ddatrys`},order:{UPDATED_AT:`Diweddarwyd yn ddiweddar`,PUBLISHED_AT:`Cyhoeddwyd yn ddiweddar`,TITLE:`Teitl (A i Y)`,RELEVANCE:`Y gyfatebiaeth orau`},assetKind:{PLACE:`Lle`,GROUP:`Grŵp`,EQUIPMENT:`Offer`,SKILL:`Sgil`},contribution:{DIGITAL:`Digidol`,TRANSPORT:`Trafnidiaeth`,CARING:`Gofalu`,LANGUAGE:`Iaith`,PRACTICAL:`Help ymarferol`,COMPANIONSHIP:`Cwmnïaeth`,OTHER:`Arall`},availability:{WEEKDAY_DAYTIME:`Yn ystod y dydd ar ddyddiau’r wythnos`,WEEKDAY_EVENING:`Gyda’r nos ar ddyddiau’r wythnos`,WEEKEND:`Penwythnosau`},willingness:{AS_NOW:`Cymaint ag yn awr`,A_LITTLE_MORE:`Ychydig yn fwy`,A_LOT_MORE:`Llawer mwy`},targetGroup:{SERVICE_USERS:`Defnyddwyr gwasanaethau`,COMMUNITIES:`Cymunedau`,STAFF:`Staff`,MANAGERS:`Rheolwyr`,COMMISSIONERS:`Comisiynwyr`,POLITICIANS:`Gwleidyddion`},incentiveKind:{FINANCIAL:`Ariannol`,NON_FINANCIAL:`Anariannol`},barrierGroup:{STAFF:`Rhwystrau i staff`,SERVICE_USERS:`Rhwystrau i ddefnyddwyr gwasanaethau`,COMMUNITIES:`Rhwystrau i gymunedau`,ORGANISATIONAL:`Rhwystrau yn y sefydliad`},templateChange:{ADDED:`Ychwanegwyd`,REMOVED:`Tynnwyd`},charterPart:{COMMITMENT:`ymrwymiad`,RISK:`risg`},cashFlowCategory:{COUNCIL_COST:`Cost i’r cyngor`,PARTNER_COST:`Cost i bartneriaid`,CASHABLE_SAVING:`Arbediad arian parod`,NON_CASHABLE_SAVING:`Arbediad nad yw’n arian parod`,SOCIAL_VALUE:`Gwerth cymdeithasol`},optionRanking:{NPV:`Gwerth presennol net`,BENEFIT_COST_RATIO:`Cymhareb budd a chost`,IMPACT_MATRIX:`Matrics Effaith (enillion cyflym yn gyntaf)`},languageName:e=>({en:`Saesneg`,cy:`Cymraeg`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`adroddiad am effaith`,`cydberthynas`,`achosiaeth`,`ailadrodd annibynnol`,`ar raddfa`][e-1]??``},home:{title:`Astudiaethau achos cyd-gynhyrchu`,titleSearch:e=>`“${e}”: astudiaethau achos`,intro:`Astudiaethau achos gan gynghorau ledled y DU, wedi’u gosod ar y Seren Cyd-gynhyrchu: y Pedwar Cyd- (sut mae dinasyddion yn cymryd rhan) a phum cam y daith.`,searchLabel:`Chwilio’r astudiaethau achos`,searchHint:`Geiriau yn y teitl, y crynodeb, y tagiau neu’r testun`,searchButton:`Chwilio`,starHeading:`Y Seren Cyd-gynhyrchu`,starCaption:`Astudiaethau achos fesul Cyd- a cham`,starHint:`Dewiswch rif i ddangos yr astudiaethau achos hynny; dewiswch ef eto i ddangos y cyfan. Dewiswch Gyd- neu gam i hidlo yn ôl hwnnw yn unig.`,starCorner:`Cyd- / cam`,coButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y Cyd- hwn yn unig`,stepButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y cam hwn yn unig`,cellLabel:(e,t,n,r)=>`${Pt(e)}: ${t} yn ${n}${r?` (yn cael eu dangos; dewiswch i ddangos y cyfan)`:``}`,filtersHeading:`Hidlwyr`,facetCo:`Y Cyd-`,facetStep:`Cam y Seren`,facetArea:`Maes gwasanaeth`,facetNation:`Gwlad`,facetLanguage:`Iaith`,facetEvidence:`Tystiolaeth ar y llwybr`,evidenceHint:`Safonau Tystiolaeth Nesta: 1 adroddiad am effaith, 2 cydberthynas, 3 achosiaeth, 4 ailadrodd annibynnol, 5 ar raddfa.`,anyArea:`Pob maes gwasanaeth`,anyEvidence:`Unrhyw dystiolaeth, neu ddim`,evidenceAtLeast:e=>`Lefel ${e} neu uwch`,resultsHeading:`Astudiaethau achos`,count:e=>Pt(e),showing:(e,t)=>`Yn dangos ${e} o ${t}`,sortLabel:`Trefnu yn ôl`,loadMore:`Llwytho rhagor`,loadingMore:`Wrthi’n llwytho rhagor…`,noResults:`Does dim astudiaethau achos yn cyfateb i’r hidlwyr hyn.`,clearFilters:`Clirio pob hidlydd`,searchFor:e=>`Chwilio: “${e}”`,removeFilter:e=>`Tynnu’r hidlydd: ${e}`,activeFilters:`Hidlwyr sy’n cael eu defnyddio`},caseStudy:{about:`Am yr astudiaeth achos hon`,councilHeading:`Cyngor`,initiative:`Menter`,noInitiative:`Nid yw’r astudiaeth achos hon wedi’i chysylltu â menter y gallwch ei gweld.`,edit:`Golygu’r astudiaeth achos hon`,publish:`Cyhoeddi`,publishing:`Wrthi’n cyhoeddi…`,publishedNow:`Mae’r astudiaeth achos wedi’i chyhoeddi.`,saved:`Mae eich newidiadau wedi’u cadw.`,created:`Mae’r astudiaeth achos wedi’i chreu fel drafft.`,storyHeading:`Y stori`},curation:{featured:`Dan sylw`,verified:`Wedi’i dilysu`,verifiedBy:(e,t)=>`Wedi’i dilysu gan ${e} ar ${t}.`,verifiedOn:e=>`Wedi’i dilysu ar ${e}.`,note:`Nodyn:`,hidden:e=>`Wedi’i chuddio rhag y cyhoedd: ${e}`,featuredHeading:`Dan sylw gan y rhwydwaith`,featuredIntro:`Astudiaethau achos y mae curaduron y rhwydwaith yn eu hargymell.`,heading:`Curadu`,intro:e=>`Fel curadur ar ran ${e}, gallwch roi’r astudiaeth achos hon dan sylw, ei dilysu neu ei chuddio.`,notCuratable:`Dim ond astudiaethau achos cyhoeddus sydd wedi’u cyhoeddi y gellir eu rhoi dan sylw, eu dilysu neu eu cuddio.`,feature:`Rhoi dan sylw ar yr hafan`,unfeature:`Tynnu oddi ar y rhestr dan sylw`,featuredNow:`Mae’r astudiaeth achos dan sylw ar yr hafan.`,unfeaturedNow:`Nid yw’r astudiaeth achos dan sylw mwyach.`,verifyNote:`Nodyn dilysu (dewisol)`,verifyHint:`Beth a wiriwyd gennych, ac yn erbyn beth.`,verify:`Nodi ei bod wedi’i dilysu`,verifiedNow:`Mae’r astudiaeth achos wedi’i nodi fel un sydd wedi’i dilysu.`,hideReason:`Rheswm dros ei chuddio`,hideHint:`Bydd aelodau’n dal i weld yr astudiaeth achos, gyda’r rheswm hwn; ni fydd y cyhoedd yn ei gweld.`,hideReasonEmpty:`Rhowch reswm dros ei chuddio.`,hide:`Cuddio rhag y cyhoedd`,hiddenNow:`Mae’r astudiaeth achos wedi’i chuddio rhag y cyhoedd.`,unhide:`Dangos i’r cyhoedd eto`,unhiddenNow:`Mae’r astudiaeth achos i’w gweld gan y cyhoedd eto.`,working:`Wrthi’n cadw…`},report:{heading:`Rhoi gwybod am broblem`,intro:`Dywedwch wrth guraduron y rhwydwaith a gweinyddwyr y cyngor os yw’r astudiaeth achos hon yn anghywir, wedi dyddio neu os na ddylid ei rhannu.`,open:`Rhoi gwybod am broblem gyda’r astudiaeth achos hon`,reason:`Beth sydd o’i le`,chooseReason:`Dewiswch reswm`,reasonEmpty:`Dewiswch beth sydd o’i le.`,details:`Manylion (dewisol)`,detailsHint:`Beth sydd o’i le, a sut rydych chi’n gwybod. Hyd at 1,000 nod.`,submit:`Anfon yr adroddiad`,sending:`Wrthi’n anfon…`,cancel:`Canslo`,sent:`Diolch. Anfonwyd eich adroddiad at guraduron y rhwydwaith a gweinyddwyr y cyngor.`},reports:{title:`Adroddiadau am astudiaethau achos`,intro:`Mae aelodau’n rhoi gwybod am astudiaethau achos sy’n anghywir, wedi dyddio neu na ddylid eu rhannu. Atebwch bob un gyda’r hyn a wnaed.`,needSignIn:`Mewngofnodwch fel gweinyddwr neu guradur i weld adroddiadau.`,notAllowed:`Dim ond gweinyddwyr a churaduron sy’n gweld adroddiadau.`,show:`Dangos`,showOpen:`Adroddiadau agored`,showResolved:`Adroddiadau wedi’u datrys`,noneOpen:`Does dim adroddiadau agored.`,noneResolved:`Does dim adroddiadau wedi’u datrys.`,count:e=>`${e} adroddiad`,unknownCaseStudy:`Astudiaeth achos na allwch ei gweld mwyach`,council:`Cyngor`,reason:`Rheswm`,details:`Manylion`,reporter:`Adroddwyd gan`,reported:`Dyddiad yr adroddiad`,outcome:`Beth a wnaed`,resolvedBy:`Datryswyd gan`,resolved:`Dyddiad ei ddatrys`,outcomeHint:`Fe’i cedwir gyda’r adroddiad: beth a newidiwyd gennych, neu pam nad oedd angen newid dim.`,outcomeEmpty:`Dywedwch beth a wnaed.`,resolve:`Datrys yr adroddiad`,resolving:`Wrthi’n datrys…`,resolvedNow:`Mae’r adroddiad wedi’i ddatrys.`},revisions:{heading:`Hanes y fersiynau`,intro:`Pob newid a gadwyd, y diweddaraf yn gyntaf. Mae adfer fersiwn gynharach yn cadw ei chynnwys fel fersiwn newydd, felly does dim yn cael ei golli.`,none:`Dim fersiynau i’w dangos.`,version:e=>`Fersiwn ${e}`,current:`cyfredol`,meta:(e,t)=>`${e}, gan ${t}`,unknown:`anhysbys`,before:`Cyn:`,after:`Ar ôl:`,empty:`(gwag)`,noChanges:`Ni newidiodd unrhyw faes.`,base:`Fel yr oedd cyn y newid cyntaf a restrir uchod.`,restore:`Adfer y fersiwn hon`,restoring:`Wrthi’n adfer…`,restored:(e,t)=>`Mae fersiwn ${e} wedi’i hadfer fel fersiwn ${t}.`,showing:(e,t)=>`Yn dangos y ${e} diweddaraf o ${t} fersiwn.`,field:(e,t)=>`${e} (${t})`,fields:{title:`Teitl`,summary:`Crynodeb`,body:`Prif destun`,coTypes:`Y Cyd-`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,language:`Iaith`,visibility:`Gwelededd`,initiativeId:`Menter`,externalId:`Dynodydd allanol`,status:`Statws`,verifiedBy:`Marc dilysu`,deleted:`Wedi’i dileu`,commitments:`Ymrwymiadau`,risks:`Risgiau`}},completeness:{heading:`Cyflawnrwydd`,score:e=>`${e}% yn gyflawn`,missingIntro:`I’w gwneud yn fwy defnyddiol i gynghorau eraill, ychwanegwch:`,complete:`Mae ganddi bopeth a argymhellir.`,missing:{coType:`y Cyd- y mae’n eu dangos (cyd-gomisiynu, cyd-ddylunio, cyd-gyflawni neu gyd-asesu)`,starStep:`cysylltiad â menter, sy’n ei gosod ar un o gamau’r Seren`,outcomeIndicator:`dangosydd canlyniad ar ei menter`,evidence:`tystiolaeth ar gyswllt yn llwybr ei menter`,summary:`crynodeb hirach, o 200 nod o leiaf`,welshTranslation:`cyfieithiad Cymraeg (disgwylir hyn gan gyngor yng Nghymru)`}},translation:{notTranslated:e=>`Dim cyfieithiad Cymraeg eto: mae’r testun yn ${e}.`,machine:`Cyfieithwyd gan beiriant.`,outdated:`Mae’r cyfieithiad hwn yn hŷn na’r gwreiddiol.`,available:`Ieithoedd ar gael`,status:{ORIGINAL:`gwreiddiol`,HUMAN:`cyfieithiad`,MACHINE:`cyfieithiad peirianyddol`,OUTDATED:`cyfieithiad sydd wedi dyddio`},shownIn:e=>`Yn ${e}`},initiative:{heading:`Menter`,about:`Am y fenter hon`,caseStudiesHeading:`Astudiaethau achos y fenter hon`,noCaseStudies:`Does dim astudiaethau achos o’r fenter hon y gallwch eu gweld.`,appraisal:`Arfarniad Ffocysu`,impact:`Effaith (1 i 5)`,ease:`Rhwyddineb (1 i 5)`,quadrant:`Matrics Effaith`,benefitCost:`Cymhareb budd a chost`,annualCost:`Cost y flwyddyn`,annualBenefit:`Budd y flwyddyn`,notAppraised:`Heb ei arfarnu eto.`,openInitiative:`Agor y fenter`},pathway:{heading:`Llwybr at ganlyniadau`,intro:`Sut y disgwylir i’r gweithgareddau arwain at ganlyniadau, a’r dystiolaeth sydd gan bob cyswllt.`,none:`Nid oes llwybr wedi’i gofnodi ar gyfer y fenter hon eto.`,diagramTitle:e=>`Llwybr at ganlyniadau ${e}`,diagramDesc:(e,t,n)=>`${e} cam a ${t} cyswllt; mae gan ${n} cyswllt fwlch tystiolaeth. Rhestrir pob cyswllt isod gyda’i dystiolaeth.`,legend:`N: lefel Nesta · M: lefel Maryland · E: asesiad EMMIE · Llinell doriog goch: bwlch tystiolaeth`,gap:`Bwlch`,gapBadge:`Bwlch tystiolaeth`,gapsSummary:(e,t,n)=>`Nid oes gan ${e} o ${t} cyswllt dystiolaeth ar lefel Nesta ${n} neu uwch.`,noGaps:e=>`Mae gan bob cyswllt dystiolaeth ar lefel Nesta ${e} neu uwch.`,linksHeading:`Y cysylltiadau a’u tystiolaeth`,leadsTo:`yn arwain at`,noEvidence:`Dim tystiolaeth wedi’i chofnodi.`,nesta:(e,t)=>`Lefel Nesta ${e} (${t})`,maryland:e=>`Lefel Maryland ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effaith`,mechanism:`Mecanwaith`,moderators:`Cymedrolwyr`,implementation:`Gweithredu`,economics:`Economeg`},source:`Ffynhonnell`,observed:`Dyddiad`},indicators:{heading:`Dangosyddion canlyniadau`,none:`Dim dangosyddion wedi’u cofnodi.`,baseline:`Llinell sylfaen`,target:`Targed`,latest:`Diweddaraf`,change:`Newid ers y llinell sylfaen`,progressLabel:e=>`Cynnydd tuag at y targed: ${e}`,progress:e=>`${e}% o’r ffordd o’r llinell sylfaen i’r targed`,noProgress:`Ni ellir cyfrifo’r cynnydd: mae angen llinell sylfaen, targed a mesuriad.`,on:(e,t)=>`${e} ar ${t}`},charter:{heading:`Siarter Cyd-gynhyrchu`,none:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adopted:`Mabwysiadwyd`,risksHeading:`Risgiau a sut y cânt eu rheoli`,noRisks:`Dim risgiau wedi’u cofnodi.`,risk:`Risg`,likelihood:`Tebygolrwydd`,impact:`Effaith`,mitigation:`Sut y caiff ei reoli`,signatories:`Llofnodwyd gan`,nothing:`Dim wedi’u cofnodi.`},similar:{heading:`Mentrau tebyg gan gynghorau eraill`,none:`Heb ddod o hyd i fentrau tebyg gan gynghorau eraill.`,match:e=>`${e}% yn cyfateb`,why:`Pam mae’n cyfateb`,sharedCo:`Cyd- yn gyffredin`,sharedTags:`Tagiau yn gyffredin`,sharedWords:`Geiriau yn gyffredin`,sameArea:`Yr un maes gwasanaeth`,furtherAlong:`Ymhellach ar hyd y pum cam`},peerReview:{heading:`Gofyn am adolygiad gan gymheiriaid`,intro:e=>`Gofynnwch i ${e} groesawu eich sefydliad ar gyfer adolygiad gan gymheiriaid neu ymweliad astudio am yr astudiaeth achos hon.`,signInPrompt:`Mewngofnodwch fel aelod o’r rhwydwaith i ofyn am adolygiad gan gymheiriaid.`,editorsOnly:`Golygyddion eich sefydliad sy’n gwneud ceisiadau.`,kind:`Pa fath o ymweliad`,date:`Dyddiad arfaethedig (dewisol)`,dateHint:`Heddiw neu’n hwyrach.`,message:`Neges i’r sefydliad sy’n croesawu (dewisol)`,submit:`Anfon y cais`,sending:`Wrthi’n anfon…`,sent:(e,t,n)=>`Anfonwyd eich cais am ${e.toLowerCase()} at ${t}. Statws: ${n}.`,yours:`Eich ceisiadau am yr astudiaeth achos hon`,on:e=>`arfaethedig ar gyfer ${e}`},editor:{titleNew:`Astudiaeth achos newydd`,titleEdit:e=>`Golygu: ${e}`,titleEditShort:`Golygu astudiaeth achos`,chooseServiceArea:`Dewiswch faes gwasanaeth.`,intro:e=>`Ar gyfer ${e}. Mae astudiaethau achos newydd yn dechrau fel drafftiau.`,introEdit:e=>`Un o astudiaethau achos ${e}.`,errorSummary:`Mae problem`,title:`Teitl`,titleHint:`1 i 200 nod.`,summary:`Crynodeb`,summaryHint:`Un neu ddwy frawddeg ar gyfer rhestrau a chanlyniadau chwilio; hyd at 1,000 nod.`,body:`Yr hanes llawn`,bodyHint:`Testun plaen. Gadewch linell wag rhwng paragraffau.`,coTypes:`Y Cyd- a ddangosir`,coTypesHint:`Dewiswch o leiaf un.`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,tagsHint:`Hyd at 20 tag o hyd at 40 nod yr un, gyda choma rhyngddynt, er enghraifft: pobl-ifanc, comisiynu`,language:`Iaith y testun`,visibility:`Pwy gaiff ei darllen`,initiative:`Menter`,noInitiative:`Heb ei chysylltu â menter`,save:`Cadw’r newidiadau`,create:`Creu’r astudiaeth achos`,saving:`Wrthi’n cadw…`,cancel:`Canslo`,conflict:e=>`Mae rhywun arall wedi cadw’r astudiaeth achos hon ers i chi ei hagor${e==null?``:` (mae bellach ar fersiwn ${e})`}.`,reload:`Taflu fy newidiadau a llwytho’u rhai nhw`,overwrite:`Cadw fy fersiwn i dros eu fersiwn nhw`,needSignIn:`Mewngofnodwch fel golygydd i ysgrifennu astudiaethau achos.`,notEditor:`Ni all eich rôl ysgrifennu astudiaethau achos: gall golygyddion a gweinyddwyr.`,notOwner:e=>`Dim ond golygyddion ${e} all olygu’r astudiaeth achos hon.`,fieldError:e=>`Gwall: ${e}`,otherErrors:`Gwrthododd y gweinydd y newid`},toolkit:{heading:`Pecyn cymorth y Seren Cyd-gynhyrchu`,tabsLabel:`Pecyn cymorth`,tabs:{assets:`Asedau`,incentives:`Cymhellion`,charter:`Siarter`,businessCase:`Achos busnes`,matches:`Cyfatebiaethau`,participants:`Cyfranogwyr`},fewerThan5:`llai na 5`,ownerOnly:e=>`Dim ond aelodau ${e} sy’n gweld hyn.`,assetsHeading:`Asedau cymunedol`,noAssets:`Dim asedau cymunedol wedi’u cofnodi y gallwch eu gweld.`,assetLocation:`Ble`,assetContact:`Sut i gysylltu`,summaryHeading:`Cynigion, anghenion a chyfatebiaethau`,summaryIntro:`Yr hyn y mae cyfranogwyr yn ei gynnig a’r hyn sydd ei angen arnynt, yn ôl y math o gyfraniad. Y tu allan i’r cyngor, ni ddangosir rhif sy’n llai na 5, fel na ellir adnabod neb.`,summaryCaption:`Cynigion, anghenion a chyfatebiaethau yn ôl y math o gyfraniad`,participantCount:`Cyfranogwyr`,assetCount:`Asedau cymunedol`,category:`Math o gyfraniad`,offers:`Cynigion`,needs:`Anghenion`,matches:`Cyfatebiaethau`,noCategories:`Dim cynigion nac anghenion wedi’u cofnodi eto.`,incentivesHeading:`Bwydlen cymhellion`,incentivesIntro:`Beth sy’n annog pob grŵp i gymryd rhan, a faint o bobl a fanteisiodd arno.`,noIncentives:`Dim cymhellion wedi’u cofnodi.`,targetGroup:`Ar gyfer`,incentiveKind:`Math`,cost:`Cost`,noCost:`Dim cost wedi’i rhoi`,fromTemplate:(e,t)=>`O fwydlen cymhellion ${e}: “${t}”`,ownIncentive:`Wedi’i ychwanegu gan y cyngor ei hun.`,totalUptake:`Wedi manteisio arno`,people:e=>`${e} person`,fewerPeople:`llai na 5 person`,uptakeHeading:`Manteisio fesul cyfnod`,period:(e,t)=>`${e} i ${t}`,noUptake:`Dim manteisio wedi’i gofnodi eto.`,charterHeading:`O ble y daw’r siarteri`,noCharters:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adaptedFrom:e=>`Wedi’i haddasu o “${e}”`,templateBy:e=>`Templed a gyhoeddwyd gan ${e}.`,ownCharter:`Ysgrifennwyd gan y cyngor, heb ei haddasu o dempled.`,differencesHeading:`Newidiadau a wnaed i’r templed`,noDifferences:`Dim newidiadau: dyma’r templed fel y’i cyhoeddwyd.`,businessCaseHeading:`Achos busnes`,noBusinessCase:`Dim achos busnes wedi’i gofnodi ar gyfer y fenter hon.`,printable:`Achos busnes i’w argraffu`,matchesHeading:`Cynigion sy’n cyfateb i anghenion`,matchesIntro:`Y gorau yn gyntaf. Dangosir cyfranogwyr wrth eu cyfeirnod yn unig.`,noMatches:`Does dim cynnig yn cyfateb i angen eto.`,offer:`Cynnig`,need:`Angen`,offeredBy:`Cynigiwyd gan`,neededBy:`Ei angen ar`,sharedAvailability:`Ar gael ill dau`,noSharedAvailability:`Dim amser yn gyffredin`,fit:e=>`${e}% yn cyfateb`,participantsHeading:`Cyfranogwyr`,participantsIntro:`Cyfeirnodau ffugenwol yn unig: ni chedwir enwau na manylion cyswllt yma.`,noParticipants:`Dim cyfranogwyr wedi’u cofnodi.`,consentedOn:`Cydsyniodd ar`,willingness:`Byddai’n cyfrannu`,withdrawn:e=>`Tynnwyd y cydsyniad yn ôl ar ${e}: mae eu cynigion a’u hanghenion wedi’u dileu.`,offersHeading:`Cynigion`,needsHeading:`Anghenion`,nothing:`Dim.`},toolkitEdit:{problem:`Mae problem`,enterNumber:`Rhowch rif.`,enterWholeNumber:`Rhowch rif cyfan, 0 neu fwy.`,enterDate:`Rhowch ddyddiad.`,addHeading:`Ychwanegu cyfranogwr`,addIntro:`Cyfeirnod ffugenwol yn unig: byth enw, cyfeiriad e-bost na rhif ffôn, yma nac mewn disgrifiad.`,reference:`Cyfeirnod`,referenceHint:`Cod eich cyngor ar eu cyfer, fel WV-017: llythrennau, digidau, '-', '_', '.' neu '/', heb fylchau.`,consentedOn:`Cydsyniodd ar`,consentedOnHint:`Y diwrnod y cydsyniodd i gymryd rhan; nid dyddiad yn y dyfodol.`,willingness:`Faint yn rhagor y byddai’n ei gyfrannu`,offerLegend:`Yr hyn y mae’n ei gynnig (dewisol)`,needLegend:`Yr hyn yr hoffai help ag ef (dewisol)`,contributionHint:`Gadewch y math ar “Dim” i beidio â chofnodi dim yma.`,kind:`Math o gyfraniad`,noKind:`Dim`,description:`Disgrifiad`,descriptionHint:`Hyd at 300 nod, heb fanylion cyswllt.`,availability:`Pryd y gall`,availabilityHint:`O leiaf un.`,chooseKind:`Dewiswch fath o gyfraniad, neu cliriwch y disgrifiad a’r amseroedd.`,addSubmit:`Ychwanegu’r cyfranogwr`,adding:`Wrthi’n ychwanegu…`,added:e=>`Mae’r cyfranogwr ${e} wedi’i ychwanegu.`,withdraw:`Tynnu’r cydsyniad yn ôl`,withdrawWho:e=>` (${e})`,withdrawConfirm:e=>`Tynnu cydsyniad ${e} yn ôl? Caiff eu cynigion a’u hanghenion eu dileu am byth; ni ellir dadwneud hyn.`,withdrawYes:`Ie, tynnu’r cydsyniad yn ôl`,withdrawNo:`Eu cadw`,withdrawing:`Wrthi’n tynnu’n ôl…`,withdrawnNow:e=>`Mae cydsyniad ${e} wedi’i dynnu’n ôl.`,copyHeading:`Copïo o fwydlen y rhwydwaith`,copyIntro:`Cymhellion y mae cyrff y rhwydwaith yn eu cyhoeddi ar gyfer pob cyngor. Mae pob copi yn enwi’r templed y daeth ohono.`,copyLegend:`Cymhellion i’w copïo`,alreadyCopied:`Eisoes ar y fwydlen hon.`,templateMeta:(e,t,n)=>`${e}. Ar gyfer: ${t}. ${n}.`,noTemplates:`Nid yw’r rhwydwaith wedi cyhoeddi cymhellion eto.`,chooseTemplate:`Dewiswch o leiaf un cymhelliad i’w gopïo.`,copySubmit:`Copïo i’r fwydlen hon`,copying:`Wrthi’n copïo…`,copied:e=>`${e} cymhelliad wedi’u copïo i’r fwydlen hon.`,uptakeLegend:`Cofnodi manteisio`,uptakePeople:`Pobl`,uptakeFrom:`O`,uptakeTo:`I`,uptakeSubmit:`Cofnodi manteisio`,recording:`Wrthi’n cofnodi…`,recorded:(e,t,n)=>`Wedi’i gofnodi: ${e}, ${t} i ${n}.`,editHeading:`Gosod yr achos busnes`,editIntro:`Symiau blynyddol dros hyd at 30 mlynedd. Mae’r gweinydd yn eu disgowntio ac yn cyfrifo pob ffigur; mae cadw yn disodli’r achos busnes.`,rate:`Cyfradd ddisgownt (% y flwyddyn)`,rateHint:`Cyfradd Llyfr Gwyrdd Trysorlys EF yw 3.5%.`,rateRange:`Rhowch gyfradd o 0 i 100%.`,currency:`Arian cyfred`,currencyHint:`Cod ISO 4217, fel GBP neu EUR.`,flowsCaption:`Symiau blynyddol`,flowsHint:`Blwyddyn 0 yw nawr ac ni chaiff ei disgowntio. Mae symiau’n 0 neu fwy; mae’r math yn dweud ai cost neu fudd yw pob un.`,year:`Blwyddyn`,category:`Math`,amount:`Swm`,rowLabel:(e,t)=>`${e}, rhes ${t}`,removeRow:e=>`Tynnu rhes ${e}`,remove:`Tynnu`,addRow:`Ychwanegu rhes`,noRows:`Ychwanegwch o leiaf un swm blynyddol.`,saveCase:`Cadw’r achos busnes`,saving:`Wrthi’n cadw…`,savedCase:(e,t)=>`Mae’r achos busnes wedi’i gadw: gwerth presennol net ${e}, cymhareb budd a chost ${t}.`},businessCase:{eyebrow:`Achos busnes`,title:e=>`Achos busnes: ${e}`,backToInitiative:`Yn ôl i’r fenter`,print:`Argraffu`,none:`Nid oes achos busnes wedi’i gofnodi ar gyfer y fenter hon.`,owner:`Cyngor`,discountRate:`Cyfradd ddisgownt`,currency:`Arian cyfred`,updated:`Diweddarwyd ddiwethaf`,summaryHeading:`Crynodeb`,figuresCaption:`Gwerthoedd presennol, yr amcangyfrif canolog a’r sensitifrwydd`,scenario:`Senario`,central:`Amcangyfrif canolog`,sensitivity:`Buddion −20%, costau +20%`,pvBenefits:`Gwerth presennol y buddion`,pvCosts:`Gwerth presennol y costau`,npv:`Gwerth presennol net`,bcr:`Cymhareb budd a chost`,payback:`Blwyddyn ad-dalu (wedi’i disgowntio)`,noPayback:`Heb ei ad-dalu`,notDefined:`Heb ei diffinio`,yearsHeading:`Fesul blwyddyn`,yearsCaption:`Buddion a chostau fesul blwyddyn, wedi’u disgowntio`,year:`Blwyddyn`,benefits:`Buddion`,costs:`Costau`,discountFactor:`Ffactor disgownt`,discountedNet:`Budd net wedi’i ddisgowntio`,cumulative:`Budd net cronnus wedi’i ddisgowntio`,noYears:`Dim llifoedd arian wedi’u cofnodi.`,basis:(e,t)=>`Caiff buddion a chostau’r dyfodol eu disgowntio ar ${e} y flwyddyn. Symiau mewn ${t}.`},toolkitPage:{title:`Pecyn cymorth y Seren Cyd-gynhyrchu`,rankedHeading:`Eich opsiynau wedi’u rhestru`,rankedIntro:e=>`Mentrau ${e}, wedi’u rhestru fel opsiynau i fuddsoddi ynddynt.`,rankBy:`Rhestru yn ôl`,rankedCaption:e=>`Eich mentrau, y gorau yn gyntaf (${e})`,rank:`Safle`,initiative:`Menter`,npv:`Gwerth presennol net`,bcr:`Cymhareb budd a chost`,quadrant:`Matrics Effaith`,noBusinessCase:`Dim achos busnes`,notAppraised:`Heb ei arfarnu`,noOptions:`Nid oes gan eich sefydliad fentrau i’w rhestru eto.`,intro:`Offer y mae’r rhwydwaith yn eu rhannu: yr arolwg Rhwystrau i Gyd-gynhyrchu a thempledi siarter i’w haddasu.`,surveysHeading:`Arolwg Rhwystrau i Gyd-gynhyrchu`,noSurveys:`Nid oes arolwg wedi’i gyhoeddi eto.`,published:(e,t,n)=>`Fersiwn ${n}, a gyhoeddwyd gan ${e} ar ${t}.`,barriersCount:e=>`${e} rhwystr`,runsHeading:`Canlyniadau eich sefydliad`,signInForRuns:`Mewngofnodwch fel aelod i weld canlyniadau eich sefydliad.`,noRuns:`Nid yw eich sefydliad wedi cynnal yr arolwg hwn eto.`,run:(e,t,n)=>`${e}: ${t} i ${n}`,responses:e=>`${e} ymateb`,resultsCaption:e=>`Canlyniadau ar gyfer ${e}, gyda meincnod cynghorau eraill`,barrier:`Rhwystr`,answers:`Atebion`,meanScore:`Sgôr gymedrig (1 i 5)`,share:`Yn nodi’r rhwystr`,benchmark:`Meincnod`,benchmarkFigures:(e,t,n)=>`cymedr ${e}, ${t} yn ei nodi (${n} cyngor)`,noBenchmark:`Dim meincnod eto: llai na 5 cyngor gyda 10 ymateb`,scoreHint:`Rhoddir sgôr o 1 (nid yw’n rhwystr) i 5 (rhwystr mawr) i bob rhwystr; mae sgôr o 4 neu 5 yn cyfrif fel nodi’r rhwystr.`,templatesHeading:`Templedi siarter`,templatesIntro:`Siarteri a gyhoeddwyd gan gyrff y rhwydwaith, i gyngor eu haddasu i’w fenter ei hun.`,noTemplates:`Dim templedi siarter wedi’u cyhoeddi eto.`,templateMeta:(e,t)=>`Cyhoeddwyd gan ${e}. Iaith: ${t}.`,templateSize:(e,t)=>`${e} ymrwymiad a ${t} risg`},signIn:{title:`Mewngofnodi`,intro:`Mae aelodau’r rhwydwaith yn mewngofnodi gyda thocyn a roddwyd i’w sefydliad. Ar ôl mewngofnodi, fe welwch hefyd yr hyn y mae’r rhwydwaith yn ei rannu â’i aelodau.`,tokenHeading:`Mewngofnodi gyda thocyn`,tokenLabel:`Eich tocyn`,tokenHint:`Gludwch y tocyn (JWT) a roddodd eich sefydliad i chi. Fe’i cedwir yn y tab porwr hwn yn unig.`,tokenSubmit:`Mewngofnodi`,checking:`Wrthi’n gwirio…`,tokenEmpty:`Gludwch docyn yn gyntaf.`,tokenRefused:`Ni dderbyniodd y gweinydd y tocyn hwn.`,devHeading:`Mewngofnodi datblygu`,devIntro:`Mae’r gweinydd hwn yn rhedeg ar ei osodiad datblygu: gall roi tocyn i unrhyw sefydliad yn y rhwydwaith arddangos.`,organisation:`Sefydliad`,role:`Rôl`,curatorHint:`Ar gyfer corff rhwydwaith fel Governance International: yn rhoi astudiaethau achos cyhoeddus dan sylw, yn eu dilysu a’u cuddio, ac yn ateb adroddiadau.`,devSubmit:`Rhoi tocyn datblygu`,devFailed:`Ni roddodd y gweinydd docyn.`,signedIn:(e,t)=>`Rydych wedi mewngofnodi ar gyfer ${e} (${t}).`,expired:`Daeth eich mewngofnodi i ben neu cafodd ei ddirymu. Mewngofnodwch eto.`}},B=(e,t,n)=>`${e} ${e===1?t:n}`,It={app:{name:`Costar Explorer`,skipLink:`Skip to main content`,mainNav:`Main`,explore:`Explore`,newCaseStudy:`New case study`,reports:`Reports`,toolkit:`Toolkit`,signIn:`Sign in`,signOut:`Sign out`,signedInAs:`Signed in as`,switchLanguage:`Cymraeg`,footer:`Co-production practice shared by the councils of the network.`,titleSuffix:`Costar Explorer`},common:{loading:`Loading…`,retry:`Try again`,errorTitle:`Something went wrong`,notFoundTitle:`Page not found`,notFoundBody:`There is nothing at this address, or you are not allowed to see it. Signing in as a member may show more.`,backToExplorer:`Back to the Explorer`,none:`None`,notKnown:`Not known`,council:`Council`,gssCode:`GSS code`,nation:`Nation`,serviceArea:`Service area`,coTypes:`Co's`,step:`Star step`,visibility:`Visibility`,status:`Status`,tags:`Tags`,published:`Published`,updated:`Last updated`,draft:`Draft`,scrollHint:`Scrolls sideways`},errors:{NETWORK:`The server could not be reached. Check your connection and try again.`,NOT_FOUND:`This record does not exist, or you are not allowed to see it.`,FORBIDDEN:`You are not allowed to do this.`,UNAUTHENTICATED:`Your sign-in is no longer valid. Please sign in again.`,BAD_USER_INPUT:`Some of what was sent is not valid.`,CONFLICT:`Someone else changed this record since you opened it.`,RATE_LIMITED:`Too many requests. Wait a moment and try again.`,QUERY_TOO_COMPLEX:`The request asked for too much at once.`,INTERNAL_SERVER_ERROR:`The server failed to answer. Try again later.`,SERVICE_UNAVAILABLE:`The service is not available just now. Try again in a moment.`,TIMEOUT:`The server took too long to answer. Try again, or ask for less at once.`,fallback:`The request failed.`},labels:{co:{CO_COMMISSIONING:`Co-commissioning`,CO_DESIGN:`Co-design`,CO_DELIVERY:`Co-delivery`,CO_ASSESSMENT:`Co-assessment`},coHint:{CO_COMMISSIONING:`Prioritising and planning services with users and communities`,CO_DESIGN:`Redesigning services with citizens`,CO_DELIVERY:`Delivering services and preventive action together`,CO_ASSESSMENT:`Citizens as evaluators of quality and outcomes`},step:{MAP_IT:`Map It`,FOCUS_IT:`Focus It`,PEOPLE_IT:`People It`,MARKET_IT:`Market It`,GROW_IT:`Grow It`},nation:{ENGLAND:`England`,SCOTLAND:`Scotland`,WALES:`Wales`,NORTHERN_IRELAND:`Northern Ireland`},area:{ADULT_SOCIAL_CARE:`Adult social care`,CHILDREN_AND_YOUNG_PEOPLE:`Children and young people`,HEALTH:`Health`,COMMUNITY_SAFETY:`Community safety`,ENVIRONMENT:`Environment`,HOUSING:`Housing`,EDUCATION:`Education`,CULTURE_AND_LEISURE:`Culture and leisure`,TRANSPORT:`Transport`,COMMISSIONING_AND_FUNDING:`Commissioning and funding`,WHOLE_COUNCIL:`Whole council`,OTHER:`Other`},visibility:{PRIVATE:`Private: your organisation only`,NETWORK:`Network: members of the network`,PUBLIC:`Public: anyone, once published`},visibilityShort:{PRIVATE:`Private`,NETWORK:`Network`,PUBLIC:`Public`},status:{DRAFT:`Draft`,PUBLISHED:`Published`,ARCHIVED:`Archived`},stepKind:{ACTIVITY:`Activities`,OUTPUT:`Outputs`,INTERMEDIATE_OUTCOME:`Intermediate outcomes`,FINAL_OUTCOME:`Final outcomes`},peerReviewKind:{PEER_REVIEW:`Peer review`,STUDY_VISIT:`Study visit`},peerReviewStatus:{REQUESTED:`Requested`,ACCEPTED:`Accepted`,DECLINED:`Declined`,COMPLETED:`Completed`,CANCELLED:`Cancelled`},party:{SERVICE:`The public service`,COMMUNITY:`The community`},commitmentKind:{RIGHT:`Rights`,RESPONSIBILITY:`Responsibilities`},riskLevel:{LOW:`Low`,MEDIUM:`Medium`,HIGH:`High`},charterStatus:{DRAFT:`Draft`,ADOPTED:`Adopted`,RETIRED:`Retired`},indicatorKind:{OUTCOME:`Outcome indicator`,PROCESS:`Process indicator`},quadrant:{QUICK_WIN:`Quick win`,MAJOR_PROJECT:`Major project`,FILL_IN:`Fill-in`,THANKLESS_TASK:`Thankless task`},role:{VIEWER:`Viewer`,EDITOR:`Editor`,ADMIN:`Administrator`,SYNC:`Sync partner`,CURATOR:`Curator`},reportReason:{INACCURATE:`Inaccurate information`,OUTDATED:`Out of date`,PERSONAL_DATA:`Contains personal data`,OFFENSIVE:`Offensive`,COPYRIGHT:`Breaches copyright`,SPAM:`Spam or advertising`,OTHER:`Something else`},reportStatus:{OPEN:`Open`,RESOLVED:`Resolved`},order:{UPDATED_AT:`Recently updated`,PUBLISHED_AT:`Recently published`,TITLE:`Title (A to Z)`,RELEVANCE:`Best match`},assetKind:{PLACE:`Place`,GROUP:`Group`,EQUIPMENT:`Equipment`,SKILL:`Skill`},contribution:{DIGITAL:`Digital`,TRANSPORT:`Transport`,CARING:`Caring`,LANGUAGE:`Language`,PRACTICAL:`Practical help`,COMPANIONSHIP:`Companionship`,OTHER:`Other`},availability:{WEEKDAY_DAYTIME:`Weekday daytimes`,WEEKDAY_EVENING:`Weekday evenings`,WEEKEND:`Weekends`},willingness:{AS_NOW:`As much as now`,A_LITTLE_MORE:`A little more`,A_LOT_MORE:`A lot more`},targetGroup:{SERVICE_USERS:`Service users`,COMMUNITIES:`Communities`,STAFF:`Staff`,MANAGERS:`Managers`,COMMISSIONERS:`Commissioners`,POLITICIANS:`Politicians`},incentiveKind:{FINANCIAL:`Financial`,NON_FINANCIAL:`Non-financial`},barrierGroup:{STAFF:`Barriers for staff`,SERVICE_USERS:`Barriers for service users`,COMMUNITIES:`Barriers for communities`,ORGANISATIONAL:`Barriers in the organisation`},templateChange:{ADDED:`Added`,REMOVED:`Removed`},charterPart:{COMMITMENT:`commitment`,RISK:`risk`},cashFlowCategory:{COUNCIL_COST:`Cost to the council`,PARTNER_COST:`Cost to partners`,CASHABLE_SAVING:`Cashable saving`,NON_CASHABLE_SAVING:`Non-cashable saving`,SOCIAL_VALUE:`Social value`},optionRanking:{NPV:`Net present value`,BENEFIT_COST_RATIO:`Benefit-cost ratio`,IMPACT_MATRIX:`Impact Matrix (quick wins first)`},languageName:e=>({en:`English`,cy:`Welsh`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`an account of impact`,`correlation`,`causation`,`independent replication`,`scaled`][e-1]??``},home:{title:`Co-production case studies`,titleSearch:e=>`“${e}”: case studies`,intro:`Case studies from councils across the UK, placed on the Co-Production Star: the Four Co's (how citizens take part) and the five steps of the journey.`,searchLabel:`Search case studies`,searchHint:`Words in the title, summary, tags or text`,searchButton:`Search`,starHeading:`The Co-Production Star`,starCaption:`Case studies by Co and step`,starHint:`Choose a number to show those case studies; choose it again to show all. Choose a Co or a step to filter by it alone.`,starCorner:`Co / step`,coButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this Co`,stepButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this step`,cellLabel:(e,t,n,r)=>`${B(e,`case study`,`case studies`)}: ${t} at ${n}${r?` (shown; choose to show all)`:``}`,filtersHeading:`Filters`,facetCo:`Co's`,facetStep:`Star step`,facetArea:`Service area`,facetNation:`Nation`,facetLanguage:`Language`,facetEvidence:`Evidence on the pathway`,evidenceHint:`Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.`,anyArea:`All service areas`,anyEvidence:`Any, or none`,evidenceAtLeast:e=>`Level ${e} or higher`,resultsHeading:`Case studies`,count:e=>B(e,`case study`,`case studies`),showing:(e,t)=>`Showing ${e} of ${t}`,sortLabel:`Sort by`,loadMore:`Load more`,loadingMore:`Loading more…`,noResults:`No case studies match these filters.`,clearFilters:`Clear all filters`,searchFor:e=>`Search: “${e}”`,removeFilter:e=>`Remove filter: ${e}`,activeFilters:`Filters in use`},caseStudy:{about:`About this case study`,councilHeading:`Council`,initiative:`Initiative`,noInitiative:`This case study is not linked to an initiative you can see.`,edit:`Edit this case study`,publish:`Publish`,publishing:`Publishing…`,publishedNow:`The case study is published.`,saved:`Your changes are saved.`,created:`The case study is created as a draft.`,storyHeading:`The story`},curation:{featured:`Featured`,verified:`Verified`,verifiedBy:(e,t)=>`Verified by ${e} on ${t}.`,verifiedOn:e=>`Verified on ${e}.`,note:`Note:`,hidden:e=>`Hidden from the public: ${e}`,featuredHeading:`Featured by the network`,featuredIntro:`Case studies the network's curators recommend.`,heading:`Curation`,intro:e=>`As a curator for ${e}, you can feature, verify or hide this case study.`,notCuratable:`Only public, published case studies can be featured, verified or hidden.`,feature:`Feature on the home page`,unfeature:`Stop featuring`,featuredNow:`The case study is featured on the home page.`,unfeaturedNow:`The case study is no longer featured.`,verifyNote:`Verification note (optional)`,verifyHint:`What you checked, and against what.`,verify:`Mark as verified`,verifiedNow:`The case study is marked as verified.`,hideReason:`Reason for hiding it`,hideHint:`Members still see the case study, with this reason; the public does not.`,hideReasonEmpty:`Give a reason for hiding it.`,hide:`Hide from the public`,hiddenNow:`The case study is hidden from the public.`,unhide:`Show to the public again`,unhiddenNow:`The case study is shown to the public again.`,working:`Saving…`},report:{heading:`Report a problem`,intro:`Tell the network's curators and the council's administrators if this case study is wrong, out of date or should not be shared.`,open:`Report this case study`,reason:`What is wrong`,chooseReason:`Choose a reason`,reasonEmpty:`Choose what is wrong.`,details:`Details (optional)`,detailsHint:`What is wrong, and how you know. Up to 1,000 characters.`,submit:`Send the report`,sending:`Sending…`,cancel:`Cancel`,sent:`Thank you. Your report was sent to the network's curators and the council's administrators.`},reports:{title:`Reports about case studies`,intro:`Members report case studies that are wrong, out of date or should not be shared. Answer each with what was done.`,needSignIn:`Sign in as an administrator or a curator to see reports.`,notAllowed:`Only administrators and curators see reports.`,show:`Show`,showOpen:`Open reports`,showResolved:`Resolved reports`,noneOpen:`There are no open reports.`,noneResolved:`There are no resolved reports.`,count:e=>B(e,`report`,`reports`),unknownCaseStudy:`A case study you can no longer see`,council:`Council`,reason:`Reason`,details:`Details`,reporter:`Reported by`,reported:`Reported on`,outcome:`What was done`,resolvedBy:`Resolved by`,resolved:`Resolved on`,outcomeHint:`Kept with the report: what you changed, or why nothing needed to change.`,outcomeEmpty:`Say what was done.`,resolve:`Resolve the report`,resolving:`Resolving…`,resolvedNow:`The report is resolved.`},revisions:{heading:`Revision history`,intro:`Every saved change, newest first. Restoring an earlier version saves its content as a new version, so nothing is lost.`,none:`No revisions to show.`,version:e=>`Version ${e}`,current:`current`,meta:(e,t)=>`${e}, by ${t}`,unknown:`unknown`,before:`Before:`,after:`After:`,empty:`(empty)`,noChanges:`No field changed.`,base:`As it was before the first change listed above.`,restore:`Restore this version`,restoring:`Restoring…`,restored:(e,t)=>`Version ${e} is restored as version ${t}.`,showing:(e,t)=>`Showing the latest ${e} of ${t} revisions.`,field:(e,t)=>`${e} (${t})`,fields:{title:`Title`,summary:`Summary`,body:`Body`,coTypes:`Co's`,serviceArea:`Service area`,tags:`Tags`,language:`Language`,visibility:`Visibility`,initiativeId:`Initiative`,externalId:`External id`,status:`Status`,verifiedBy:`Verified mark`,deleted:`Deleted`,commitments:`Commitments`,risks:`Risks`}},completeness:{heading:`Completeness`,score:e=>`${e}% complete`,missingIntro:`To make it more useful to other councils, add:`,complete:`It has everything recommended.`,missing:{coType:`the Co's it shows (co-commissioning, co-design, co-delivery or co-assessment)`,starStep:`a link to an initiative, which places it on a step of the Star`,outcomeIndicator:`an outcome indicator on its initiative`,evidence:`evidence on a link of its initiative's pathway`,summary:`a longer summary, of at least 200 characters`,welshTranslation:`a Welsh translation (expected of a council in Wales)`}},translation:{notTranslated:e=>`Not yet translated into English: shown in ${e}.`,machine:`Translated by machine.`,outdated:`This translation is older than the original.`,available:`Available in`,status:{ORIGINAL:`original`,HUMAN:`translation`,MACHINE:`machine translation`,OUTDATED:`out-of-date translation`},shownIn:e=>`In ${e}`},initiative:{heading:`Initiative`,about:`About this initiative`,caseStudiesHeading:`Case studies of this initiative`,noCaseStudies:`No case studies of this initiative that you can see.`,appraisal:`Focus It appraisal`,impact:`Impact (1 to 5)`,ease:`Ease (1 to 5)`,quadrant:`Impact Matrix`,benefitCost:`Benefit-cost ratio`,annualCost:`Cost per year`,annualBenefit:`Benefit per year`,notAppraised:`Not appraised yet.`,openInitiative:`Open the initiative`},pathway:{heading:`Pathway to outcomes`,intro:`How the activities are expected to lead to outcomes, and the evidence that each link holds.`,none:`No pathway has been recorded for this initiative yet.`,diagramTitle:e=>`Pathway to outcomes of ${e}`,diagramDesc:(e,t,n)=>`${B(e,`step`,`steps`)} and ${B(t,`link`,`links`)}; ${B(n,`link has`,`links have`)} an evidence gap. Each link is listed below with its evidence.`,legend:`N: Nesta level · M: Maryland level · E: EMMIE assessed · Dashed red: evidence gap`,gap:`Gap`,gapBadge:`Evidence gap`,gapsSummary:(e,t,n)=>`${e} of ${B(t,`link has`,`links have`)} no evidence at Nesta level ${n} or above.`,noGaps:e=>`Every link has evidence at Nesta level ${e} or above.`,linksHeading:`Links and their evidence`,leadsTo:`leads to`,noEvidence:`No evidence recorded.`,nesta:(e,t)=>`Nesta level ${e} (${t})`,maryland:e=>`Maryland level ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effect`,mechanism:`Mechanism`,moderators:`Moderators`,implementation:`Implementation`,economics:`Economics`},source:`Source`,observed:`Observed`},indicators:{heading:`Outcome indicators`,none:`No indicators recorded.`,baseline:`Baseline`,target:`Target`,latest:`Latest`,change:`Change since baseline`,progressLabel:e=>`Progress towards target: ${e}`,progress:e=>`${e}% of the way from baseline to target`,noProgress:`Progress cannot be worked out: a baseline, target and measurement are all needed.`,on:(e,t)=>`${e} on ${t}`},charter:{heading:`Co-Production Charter`,none:`No charter recorded for this initiative.`,adopted:`Adopted`,risksHeading:`Risks and how they are managed`,noRisks:`No risks recorded.`,risk:`Risk`,likelihood:`Likelihood`,impact:`Impact`,mitigation:`How it is managed`,signatories:`Signed by`,nothing:`None recorded.`},similar:{heading:`Similar initiatives of other councils`,none:`No similar initiatives of other councils found.`,match:e=>`${e}% match`,why:`Why it matches`,sharedCo:`Shared Co's`,sharedTags:`Shared tags`,sharedWords:`Shared words`,sameArea:`Same service area`,furtherAlong:`Further along the five steps`},peerReview:{heading:`Request a peer review`,intro:e=>`Ask ${e} to host your organisation for a peer review or a study visit about this case study.`,signInPrompt:`Sign in as a member of the network to request a peer review.`,editorsOnly:`Requests are made by editors of your organisation.`,kind:`What kind of visit`,date:`Proposed date (optional)`,dateHint:`Today or later.`,message:`Message to the host (optional)`,submit:`Send the request`,sending:`Sending…`,sent:(e,t,n)=>`Your request for a ${e.toLowerCase()} was sent to ${t}. Status: ${n}.`,yours:`Your requests about this case study`,on:e=>`proposed for ${e}`},editor:{titleNew:`New case study`,titleEdit:e=>`Edit: ${e}`,titleEditShort:`Edit a case study`,chooseServiceArea:`Choose a service area.`,intro:e=>`For ${e}. New case studies start as drafts.`,introEdit:e=>`A case study of ${e}.`,errorSummary:`There is a problem`,title:`Title`,titleHint:`1 to 200 characters.`,summary:`Summary`,summaryHint:`One or two sentences for lists and search results; up to 1,000 characters.`,body:`The full account`,bodyHint:`Plain text. Leave a blank line between paragraphs.`,coTypes:`Co's the case shows`,coTypesHint:`Choose at least one.`,serviceArea:`Service area`,tags:`Tags`,tagsHint:`Up to 20 tags of up to 40 characters, separated by commas, for example: young-people, commissioning`,language:`Language of the text`,visibility:`Who may read it`,initiative:`Initiative`,noInitiative:`Not linked to an initiative`,save:`Save changes`,create:`Create the case study`,saving:`Saving…`,cancel:`Cancel`,conflict:e=>`Someone else saved this case study since you opened it${e==null?``:` (it is now at version ${e})`}.`,reload:`Discard my changes and load theirs`,overwrite:`Save my version over theirs`,needSignIn:`Sign in as an editor to write case studies.`,notEditor:`Your role cannot write case studies: editors and administrators can.`,notOwner:e=>`Only editors of ${e} can edit this case study.`,fieldError:e=>`Error: ${e}`,otherErrors:`The server refused the change`},toolkit:{heading:`Co-Production Star toolkit`,tabsLabel:`Toolkit`,tabs:{assets:`Assets`,incentives:`Incentives`,charter:`Charter`,businessCase:`Business case`,matches:`Matches`,participants:`Participants`},fewerThan5:`fewer than 5`,ownerOnly:e=>`Only members of ${e} see this.`,assetsHeading:`Community assets`,noAssets:`No community assets recorded that you can see.`,assetLocation:`Where`,assetContact:`How to get in touch`,summaryHeading:`Offers, needs and matches`,summaryIntro:`What participants offer and need, by kind of contribution. Outside the council, a number below 5 is not shown, so that nobody can be recognised.`,summaryCaption:`Offers, needs and matches by kind of contribution`,participantCount:`Participants`,assetCount:`Community assets`,category:`Kind of contribution`,offers:`Offers`,needs:`Needs`,matches:`Matches`,noCategories:`No offers or needs recorded yet.`,incentivesHeading:`Incentive menu`,incentivesIntro:`What encourages each group to take part, and how many people took it up.`,noIncentives:`No incentives recorded.`,targetGroup:`For`,incentiveKind:`Kind`,cost:`Cost`,noCost:`No cost given`,fromTemplate:(e,t)=>`From the incentive menu of ${e}: “${t}”`,ownIncentive:`Added by the council itself.`,totalUptake:`Taken up by`,people:e=>B(e,`person`,`people`),fewerPeople:`fewer than 5 people`,uptakeHeading:`Uptake by period`,period:(e,t)=>`${e} to ${t}`,noUptake:`No uptake recorded yet.`,charterHeading:`Where the charters come from`,noCharters:`No charter recorded for this initiative.`,adaptedFrom:e=>`Adapted from “${e}”`,templateBy:e=>`A template published by ${e}.`,ownCharter:`Written by the council, not adapted from a template.`,differencesHeading:`Changes made to the template`,noDifferences:`No changes: it is the template as published.`,businessCaseHeading:`Business case`,noBusinessCase:`No business case recorded for this initiative.`,printable:`Printable business case`,matchesHeading:`Offers that fit needs`,matchesIntro:`Best first. Participants are shown by their reference only.`,noMatches:`No offer fits a need yet.`,offer:`Offer`,need:`Need`,offeredBy:`Offered by`,neededBy:`Needed by`,sharedAvailability:`Both available`,noSharedAvailability:`No time in common`,fit:e=>`${e}% fit`,participantsHeading:`Participants`,participantsIntro:`Pseudonymous references only: no names or contact details are kept here.`,noParticipants:`No participants recorded.`,consentedOn:`Consented on`,willingness:`Would contribute`,withdrawn:e=>`Consent withdrawn on ${e}: their offers and needs are deleted.`,offersHeading:`Offers`,needsHeading:`Needs`,nothing:`None.`},toolkitEdit:{problem:`There is a problem`,enterNumber:`Enter a number.`,enterWholeNumber:`Enter a whole number, 0 or more.`,enterDate:`Enter a date.`,addHeading:`Add a participant`,addIntro:`A pseudonymous reference only: never a name, email address or phone number, here or in a description.`,reference:`Reference`,referenceHint:`Your council's code for them, such as WV-017: letters, digits, '-', '_', '.' or '/', with no spaces.`,consentedOn:`Consented on`,consentedOnHint:`The day they consented to take part; not a future date.`,willingness:`How much more they would contribute`,offerLegend:`What they offer (optional)`,needLegend:`What they would like help with (optional)`,contributionHint:`Leave the kind at “None” to record nothing here.`,kind:`Kind of contribution`,noKind:`None`,description:`Description`,descriptionHint:`Up to 300 characters, with no contact details.`,availability:`When they can`,availabilityHint:`At least one.`,chooseKind:`Choose a kind of contribution, or clear the description and times.`,addSubmit:`Add the participant`,adding:`Adding…`,added:e=>`Participant ${e} is added.`,withdraw:`Withdraw consent`,withdrawWho:e=>` (${e})`,withdrawConfirm:e=>`Withdraw the consent of ${e}? Their offers and needs are deleted for good; this cannot be undone.`,withdrawYes:`Yes, withdraw consent`,withdrawNo:`Keep them`,withdrawing:`Withdrawing…`,withdrawnNow:e=>`The consent of ${e} is withdrawn.`,copyHeading:`Copy from the network's menu`,copyIntro:`Incentives the network's bodies publish for every council. Each copy names the template it came from.`,copyLegend:`Incentives to copy`,alreadyCopied:`Already on this menu.`,templateMeta:(e,t,n)=>`${e}. For: ${t}. ${n}.`,noTemplates:`The network has published no incentives yet.`,chooseTemplate:`Choose at least one incentive to copy.`,copySubmit:`Copy to this menu`,copying:`Copying…`,copied:e=>`${B(e,`incentive`,`incentives`)} copied to this menu.`,uptakeLegend:`Record uptake`,uptakePeople:`People`,uptakeFrom:`From`,uptakeTo:`To`,uptakeSubmit:`Record uptake`,recording:`Recording…`,recorded:(e,t,n)=>`Recorded: ${e}, ${t} to ${n}.`,editHeading:`Set the business case`,editIntro:`Yearly amounts over up to 30 years. The server discounts them and works out every figure; saving replaces the business case.`,rate:`Discount rate (% a year)`,rateHint:`The HM Treasury Green Book's rate is 3.5%.`,rateRange:`Enter a rate from 0 to 100%.`,currency:`Currency`,currencyHint:`An ISO 4217 code, such as GBP or EUR.`,flowsCaption:`Yearly amounts`,flowsHint:`Year 0 is now and is not discounted. Amounts are 0 or more; the kind says whether each is a cost or a benefit.`,year:`Year`,category:`Kind`,amount:`Amount`,rowLabel:(e,t)=>`${e}, row ${t}`,removeRow:e=>`Remove row ${e}`,remove:`Remove`,addRow:`Add a row`,noRows:`Add at least one yearly amount.`,saveCase:`Save the business case`,saving:`Saving…`,savedCase:(e,t)=>`The business case is saved: net present value ${e}, benefit-cost ratio ${t}.`},businessCase:{eyebrow:`Business case`,title:e=>`Business case: ${e}`,backToInitiative:`Back to the initiative`,print:`Print`,none:`No business case has been recorded for this initiative.`,owner:`Council`,discountRate:`Discount rate`,currency:`Currency`,updated:`Last updated`,summaryHeading:`Summary`,figuresCaption:`Present values, central estimate and sensitivity`,scenario:`Scenario`,central:`Central estimate`,sensitivity:`Benefits −20%, costs +20%`,pvBenefits:`Present value of benefits`,pvCosts:`Present value of costs`,npv:`Net present value`,bcr:`Benefit-cost ratio`,payback:`Discounted payback year`,noPayback:`Not paid back`,notDefined:`Not defined`,yearsHeading:`Year by year`,yearsCaption:`Benefits and costs by year, discounted`,year:`Year`,benefits:`Benefits`,costs:`Costs`,discountFactor:`Discount factor`,discountedNet:`Discounted net benefit`,cumulative:`Cumulative discounted net benefit`,noYears:`No cash flows recorded.`,basis:(e,t)=>`Future benefits and costs are discounted at ${e} a year. Amounts in ${t}.`},toolkitPage:{title:`Co-Production Star toolkit`,rankedHeading:`Your options ranked`,rankedIntro:e=>`The initiatives of ${e}, ranked as options to invest in.`,rankBy:`Rank by`,rankedCaption:e=>`Your initiatives, best first (${e})`,rank:`Rank`,initiative:`Initiative`,npv:`Net present value`,bcr:`Benefit-cost ratio`,quadrant:`Impact Matrix`,noBusinessCase:`No business case`,notAppraised:`Not appraised`,noOptions:`Your organisation has no initiatives to rank yet.`,intro:`Tools the network shares: the Barriers to Co-production survey and charter templates to adapt.`,surveysHeading:`Barriers to Co-production survey`,noSurveys:`No survey has been published yet.`,published:(e,t,n)=>`Version ${n}, published by ${e} on ${t}.`,barriersCount:e=>B(e,`barrier`,`barriers`),runsHeading:`Your organisation’s results`,signInForRuns:`Sign in as a member to see your organisation’s results.`,noRuns:`Your organisation has not run this survey yet.`,run:(e,t,n)=>`${e}: ${t} to ${n}`,responses:e=>B(e,`response`,`responses`),resultsCaption:e=>`Results for ${e}, with the benchmark of other councils`,barrier:`Barrier`,answers:`Answers`,meanScore:`Mean score (1 to 5)`,share:`Reporting the barrier`,benchmark:`Benchmark`,benchmarkFigures:(e,t,n)=>`mean ${e}, ${t} reporting it (${B(n,`council`,`councils`)})`,noBenchmark:`No benchmark yet: fewer than 5 councils with 10 responses`,scoreHint:`Each barrier is scored from 1 (not a barrier) to 5 (a major barrier); a score of 4 or 5 counts as reporting it.`,templatesHeading:`Charter templates`,templatesIntro:`Charters published by the network’s bodies, for a council to adapt to its own initiative.`,noTemplates:`No charter templates published yet.`,templateMeta:(e,t)=>`Published by ${e}. Language: ${t}.`,templateSize:(e,t)=>`${B(e,`commitment`,`commitments`)} and ${B(t,`risk`,`risks`)}`},signIn:{title:`Sign in`,intro:`Members of the network sign in with a token issued for their organisation. Signed in, you also see what the network shares with its members.`,tokenHeading:`Sign in with a token`,tokenLabel:`Your token`,tokenHint:`Paste the bearer token (a JWT) your organisation gave you. It is kept only in this browser tab.`,tokenSubmit:`Sign in`,checking:`Checking…`,tokenEmpty:`Paste a token first.`,tokenRefused:`The server did not accept this token.`,devHeading:`Development sign-in`,devIntro:`This server runs on its development default: it can issue a token for any organisation of the demo network.`,organisation:`Organisation`,role:`Role`,curatorHint:`For a network body such as Governance International: features, verifies and hides public case studies, and answers reports.`,devSubmit:`Issue a development token`,devFailed:`The server did not issue a token.`,signedIn:(e,t)=>`You are signed in for ${e} (${t}).`,expired:`Your sign-in expired or was revoked. Please sign in again.`}},Lt=`costar.ui-lang`,Rt={en:It,cy:Ft},zt=new Set;function Bt(){try{let e=localStorage.getItem(Lt);if(e===`en`||e===`cy`)return e}catch{}return navigator.language.toLowerCase().startsWith(`cy`)?`cy`:`en`}var Vt=Bt();function Ht(){return Vt}function Ut(){return Rt[Vt]}function Wt(e){Vt=e,document.documentElement.lang=e;try{localStorage.setItem(Lt,e)}catch{}for(let e of zt)e()}function V(){let[,e]=P(Vt);return F(()=>{let t=()=>e(Vt);return zt.add(t),()=>{zt.delete(t)}},[]),Vt}function H(){return Rt[V()]}function Gt(){return Vt===`cy`?`cy-GB`:`en-GB`}function U(e,t){return new Intl.NumberFormat(Gt(),t).format(e)}function Kt(e,t,n=!1){let r=n?2:0;try{return U(e,{style:`currency`,currency:t,minimumFractionDigits:r,maximumFractionDigits:r})}catch{return`${U(e,{maximumFractionDigits:r})} ${t}`}}function qt(e,t=0){return U(e,{style:`percent`,maximumFractionDigits:t})}function W(e){let t=new Date(e.length===10?`${e}T00:00:00Z`:e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(Gt(),{dateStyle:`long`,timeZone:`UTC`}).format(t)}function Jt(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(Gt(),{dateStyle:`long`,timeStyle:`short`}).format(t)}function Yt(){let[e,t]=P(He());return F(()=>qe(()=>t(He())),[]),e}function Xt(e){return e instanceof R?e:new R([kt(`UNKNOWN`,String(e))],0)}function G(e,t,n={}){let r=Yt(),i=`${JSON.stringify(t)}|${r??``}|${n.skip?`skip`:``}`,[a,o]=P(0),[s,c]=P({key:``,loading:!n.skip}),l=I(t);l.current=t,F(()=>{if(n.skip){c({key:i,loading:!1});return}let t=new AbortController;return c(e=>({key:i,data:n.keepPrevious||e.key===i?e.data:void 0,loading:!0})),(n.partial?Nt(e,l.current,{signal:t.signal}):z(e,l.current,{signal:t.signal}).then(e=>({data:e,error:null}))).then(({data:e,error:t})=>c({key:i,data:e,error:t??void 0,loading:!1}),e=>{t.signal.aborted||c(t=>({key:i,data:t.data,error:Xt(e),loading:!1}))}),()=>t.abort()},[i,a]);let u=s.key===i;return{data:u||n.keepPrevious?s.data:void 0,error:u?s.error:void 0,loading:!u||s.loading,reload:()=>o(e=>e+1)}}var Zt=de({viewer:null,loading:!1});function Qt(){return Oe(Zt)}function $t(e){return e?.roles.some(e=>e===`EDITOR`||e===`ADMIN`)??!1}function en(e){return e?.roles.includes(`CURATOR`)??!1}function tn(e){return e?.roles.some(e=>e===`ADMIN`||e===`CURATOR`)??!1}function nn(e){let t=H();F(()=>{document.title=e?`${e} – ${t.app.titleSuffix}`:t.app.titleSuffix},[e,t])}function K(e){let t=Ut(),n=e.errors[0];if(!n)return t.errors.fallback;let r=t.errors[n.code];return n.code===`BAD_USER_INPUT`||n.code===`FORBIDDEN`||n.code===`CONFLICT`?`${r??t.errors.fallback} ${n.message}`:r??`${t.errors.fallback} ${n.message}`}var rn=Symbol.for(`pv`),an=0;Array.isArray;function q(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:rn,__v:--an,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function on(e){return qt(e,2)}function sn({id:e,businessCase:t}){let n=H().businessCase,r=e=>Kt(e,t.currency),i=(e,t,i)=>q(`tr`,{class:i,children:[q(`th`,{scope:`row`,children:e}),q(`td`,{class:`num bc-pv-benefits`,children:r(t.presentValueBenefits)}),q(`td`,{class:`num bc-pv-costs`,children:r(t.presentValueCosts)}),q(`td`,{class:`num bc-npv`,children:r(t.npv)}),q(`td`,{class:`num bc-bcr`,children:t.benefitCostRatio==null?n.notDefined:U(t.benefitCostRatio,{maximumFractionDigits:2})}),q(`td`,{class:`num bc-payback`,children:t.paybackYear==null?n.noPayback:String(t.paybackYear)})]});return q(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":`${e}-caption`,tabIndex:0,children:q(`table`,{class:`data-table figures-table`,children:[q(`caption`,{id:`${e}-caption`,children:n.figuresCaption}),q(`thead`,{children:q(`tr`,{children:[q(`th`,{scope:`col`,children:n.scenario}),q(`th`,{scope:`col`,class:`num`,children:n.pvBenefits}),q(`th`,{scope:`col`,class:`num`,children:n.pvCosts}),q(`th`,{scope:`col`,class:`num`,children:n.npv}),q(`th`,{scope:`col`,class:`num`,children:n.bcr}),q(`th`,{scope:`col`,class:`num`,children:n.payback})]})}),q(`tbody`,{children:[i(n.central,t,`bc-central`),i(n.sensitivity,t.sensitivity,`bc-sensitivity`)]})]})})}var cn=new Set;function ln(){return{path:window.location.pathname,search:window.location.search}}var un=ln();function dn(){un=ln();for(let e of cn)e()}var fn=!1;function pn(){let e=fn;return fn=!1,e}function mn(e,t={}){let n=new URL(e,window.location.href),r=n.pathname+n.search+n.hash;(r!==window.location.pathname+window.location.search+window.location.hash||t.replace)&&(t.replace?window.history.replaceState(null,``,r):window.history.pushState(null,``,r),fn=!t.keepFocus,dn(),t.keepScroll||window.scrollTo(0,0))}function hn(){let[e,t]=P(un);return F(()=>{let e=()=>t(un);return cn.add(e),e(),()=>{cn.delete(e)}},[]),e}function gn(){window.addEventListener(`popstate`,()=>{let e=ln();(e.path!==un.path||e.search!==un.search)&&(fn=!0,dn())}),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target instanceof Element?e.target.closest(`a`):null;if(!t?.href||t.hasAttribute(`download`)||t.target&&t.target!==`_self`)return;let n=new URL(t.href);n.origin===window.location.origin&&(n.pathname===window.location.pathname&&n.search===window.location.search&&n.hash||(e.preventDefault(),mn(n.pathname+n.search+n.hash)))})}function _n(e){try{return decodeURIComponent(e)}catch{return e}}function vn(e){let t=e.split(`/`).filter(e=>e!==``),[n,r,i]=t;if(t.length===0)return{name:`home`};if(n===`sign-in`&&t.length===1)return{name:`signIn`};if(n===`reports`&&t.length===1)return{name:`reports`};if(n===`toolkit`&&t.length===1)return{name:`toolkit`};if(n===`case-studies`&&r!==void 0){if(t.length===2)return r===`new`?{name:`caseStudyNew`}:{name:`caseStudy`,id:_n(r)};if(t.length===3&&i===`edit`)return{name:`caseStudyEdit`,id:_n(r)}}if(n===`initiatives`&&r!==void 0){if(t.length===2)return{name:`initiative`,id:_n(r)};if(t.length===3&&i===`business-case`)return{name:`businessCase`,id:_n(r)}}return{name:`notFound`}}var J={home:`/`,caseStudy:e=>`/case-studies/${encodeURIComponent(e)}`,caseStudyEdit:e=>`/case-studies/${encodeURIComponent(e)}/edit`,caseStudyNew:`/case-studies/new`,initiative:e=>`/initiatives/${encodeURIComponent(e)}`,businessCase:e=>`/initiatives/${encodeURIComponent(e)}/business-case`,toolkit:`/toolkit`,signIn:e=>e?`/sign-in?next=${encodeURIComponent(e)}`:`/sign-in`,reports:`/reports`};function yn(){let e=H();return nn(e.common.notFoundTitle),q(b,{children:[q(`h1`,{children:e.common.notFoundTitle}),q(`p`,{children:e.common.notFoundBody}),q(`p`,{children:q(`a`,{href:J.home,children:e.common.backToExplorer})})]})}function Y({label:e}){let t=H();return q(`p`,{class:`loading`,role:`status`,children:[q(`span`,{class:`spinner`,"aria-hidden":`true`}),e??t.common.loading]})}function bn({error:e,onRetry:t}){let n=H();return q(`div`,{class:`notice notice-error`,role:`alert`,children:[q(`h2`,{class:`notice-title`,children:n.common.errorTitle}),q(`p`,{children:K(e)}),t&&q(`button`,{type:`button`,class:`button button-secondary`,onClick:t,children:n.common.retry})]})}function xn({kind:e,children:t}){return q(`div`,{class:`notice notice-${e}`,role:`status`,children:t})}function Sn(e){return e.errors.every(e=>e.code===`NOT_FOUND`)}function Cn({query:e,record:t,title:n,children:r}){let i=H(),a=t==null&&e.error&&!(e.data!=null&&Sn(e.error))?e.error:null;return nn(t==null?a?i.common.errorTitle:e.data==null?i.common.loading:i.common.notFoundTitle:n(t)),t==null?a?q(b,{children:[q(`h1`,{children:i.common.errorTitle}),q(bn,{error:a,onRetry:e.reload})]}):e.data==null?q(Y,{}):q(yn,{}):q(b,{children:r(t)})}function wn({id:e}){let t=H(),n=G(bt,{id:e,lang:V()},{partial:!0,keepPrevious:!0}),r=n.data?.node;return q(Cn,{query:n,record:r?.__typename===`Initiative`?r:null,title:e=>t.businessCase.title(e.title),children:e=>q(Tn,{initiative:e})})}function Tn({initiative:e}){let t=H().businessCase,n=e.businessCase;return q(`article`,{class:`business-case`,children:[q(`div`,{class:`no-print business-case-actions`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:J.initiative(e.id),children:t.backToInitiative})}),n&&q(`button`,{type:`button`,class:`button`,onClick:()=>window.print(),children:t.print})]}),q(`header`,{class:`page-header`,children:[q(`p`,{class:`eyebrow`,children:t.eyebrow}),q(`h1`,{lang:e.servedLanguage,children:e.title})]}),n?q(b,{children:[q(`dl`,{class:`summary-list business-case-meta`,children:[q(`div`,{children:[q(`dt`,{children:t.owner}),q(`dd`,{class:`business-case-owner`,children:e.owner.name})]}),q(`div`,{children:[q(`dt`,{children:t.discountRate}),q(`dd`,{children:on(n.discountRate)})]}),q(`div`,{children:[q(`dt`,{children:t.currency}),q(`dd`,{children:n.currency})]}),q(`div`,{children:[q(`dt`,{children:t.updated}),q(`dd`,{children:W(n.updatedAt)})]})]}),q(`section`,{class:`section`,"aria-labelledby":`bc-summary-h`,children:[q(`h2`,{id:`bc-summary-h`,children:t.summaryHeading}),q(sn,{id:`bc-figures`,businessCase:n}),q(`p`,{class:`hint`,children:t.basis(on(n.discountRate),n.currency)})]}),q(`section`,{class:`section`,"aria-labelledby":`bc-years-h`,children:[q(`h2`,{id:`bc-years-h`,children:t.yearsHeading}),q(En,{businessCase:n})]})]}):q(`p`,{class:`empty`,children:t.none})]})}function En({businessCase:e}){let t=H().businessCase;if(e.years.length===0)return q(`p`,{class:`empty`,children:t.noYears});let n=t=>Kt(t,e.currency);return q(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":`bc-years-caption`,tabIndex:0,children:q(`table`,{class:`data-table years-table`,children:[q(`caption`,{id:`bc-years-caption`,children:t.yearsCaption}),q(`thead`,{children:q(`tr`,{children:[q(`th`,{scope:`col`,children:t.year}),q(`th`,{scope:`col`,class:`num`,children:t.benefits}),q(`th`,{scope:`col`,class:`num`,children:t.costs}),q(`th`,{scope:`col`,class:`num`,children:t.discountFactor}),q(`th`,{scope:`col`,class:`num`,children:t.discountedNet}),q(`th`,{scope:`col`,class:`num`,children:t.cumulative})]})}),q(`tbody`,{children:e.years.map(t=>q(`tr`,{class:t.year===e.paybackYear?`is-payback`:void 0,children:[q(`th`,{scope:`row`,children:String(t.year)}),q(`td`,{class:`num`,children:n(t.benefits)}),q(`td`,{class:`num`,children:n(t.costs)}),q(`td`,{class:`num`,children:U(t.discountFactor,{minimumFractionDigits:4,maximumFractionDigits:4})}),q(`td`,{class:`num`,children:n(t.discountedNet)}),q(`td`,{class:`num`,children:n(t.cumulativeDiscountedNet)})]},t.year))})]})})}function X(){return e=>e}var Dn=X()([`CO_COMMISSIONING`,`CO_DESIGN`,`CO_DELIVERY`,`CO_ASSESSMENT`]),On=X()([`MAP_IT`,`FOCUS_IT`,`PEOPLE_IT`,`MARKET_IT`,`GROW_IT`]),kn=X()([`ENGLAND`,`SCOTLAND`,`WALES`,`NORTHERN_IRELAND`]),An=X()([`ADULT_SOCIAL_CARE`,`CHILDREN_AND_YOUNG_PEOPLE`,`HEALTH`,`COMMUNITY_SAFETY`,`ENVIRONMENT`,`HOUSING`,`EDUCATION`,`CULTURE_AND_LEISURE`,`TRANSPORT`,`COMMISSIONING_AND_FUNDING`,`WHOLE_COUNCIL`,`OTHER`]),jn=X()([`PRIVATE`,`NETWORK`,`PUBLIC`]),Mn=X()([`ACTIVITY`,`OUTPUT`,`INTERMEDIATE_OUTCOME`,`FINAL_OUTCOME`]),Nn=X()([`INACCURATE`,`OUTDATED`,`PERSONAL_DATA`,`OFFENSIVE`,`COPYRIGHT`,`SPAM`,`OTHER`]),Pn=X()([`UPDATED_AT`,`PUBLISHED_AT`,`TITLE`,`RELEVANCE`]),Fn=X()([`DIGITAL`,`TRANSPORT`,`CARING`,`LANGUAGE`,`PRACTICAL`,`COMPANIONSHIP`,`OTHER`]),In=X()([`WEEKDAY_DAYTIME`,`WEEKDAY_EVENING`,`WEEKEND`]),Ln=X()([`AS_NOW`,`A_LITTLE_MORE`,`A_LOT_MORE`]),Rn=X()([`COUNCIL_COST`,`PARTNER_COST`,`CASHABLE_SAVING`,`NON_CASHABLE_SAVING`,`SOCIAL_VALUE`]),zn=X()([`NPV`,`BENEFIT_COST_RATIO`,`IMPACT_MATRIX`]),Bn=X()([`STAFF`,`SERVICE_USERS`,`COMMUNITIES`,`ORGANISATIONAL`]),Vn=[1,2,3,4,5];function Hn(e,t){return t!=null&&e.includes(t)}function Un({coTypes:e}){let t=H();return q(`ul`,{class:`chips`,children:Dn.filter(t=>e.includes(t)).map(e=>q(`li`,{class:`chip chip-${e.toLowerCase().replace(`_`,`-`)}`,children:t.labels.co[e]},e))})}function Wn({step:e}){return q(`span`,{class:`step-badge`,children:H().labels.step[e]})}function Z(e,t,n){let r=[t?`${e}-hint`:null,n?`${e}-error`:null].filter(Boolean);return r.length>0?r.join(` `):void 0}function Gn({id:e,error:t}){let n=H();return t?q(`p`,{class:`field-error`,id:`${e}-error`,children:n.editor.fieldError(t)}):null}function Q({id:e,label:t,hint:n,error:r,children:i}){return q(`div`,{class:`field${r?` has-error`:``}`,children:[q(`label`,{for:e,class:`label`,children:t}),n&&q(`p`,{class:`hint`,id:`${e}-hint`,children:n}),q(Gn,{id:e,error:r}),i]})}var Kn=1e3;function qn({featured:e,verifiedAt:t}){let n=H();return q(b,{children:[e&&q(`span`,{class:`badge badge-featured`,children:n.curation.featured}),t&&q(`span`,{class:`badge badge-verified`,children:n.curation.verified})]})}function Jn({cs:e}){let t=H(),{viewer:n}=Qt();return q(b,{children:[e.hiddenAt&&n&&q(`div`,{class:`notice notice-warning curation-hidden`,children:q(`p`,{children:t.curation.hidden(e.hiddenReason??``)})}),(e.featured||e.verifiedAt)&&q(`div`,{class:`curation-notes`,children:[q(`p`,{class:`curation-marks`,children:[q(qn,{featured:e.featured,verifiedAt:e.verifiedAt}),e.verifiedAt&&q(`span`,{class:`verified-by`,children:e.verifiedBy?t.curation.verifiedBy(e.verifiedBy.name,W(e.verifiedAt)):t.curation.verifiedOn(W(e.verifiedAt))})]}),e.verifiedAt&&e.verificationNote&&q(`p`,{class:`verification-note`,children:[t.curation.note,` `,e.verificationNote]})]})]})}function Yn({cs:e,onChanged:t}){let n=H(),{viewer:r}=Qt(),[i,a]=P(!1),[o,s]=P(null),[c,l]=P(null),[u,d]=P(``),[f,p]=P(``),[m,h]=P(null);if(!r||!en(r))return null;let g=async(e,n)=>{a(!0),l(null),s(null);try{return await e(),s(n),t(),!0}catch(e){if(e instanceof R)l(e);else throw e;return!1}finally{a(!1)}},_=t=>void g(()=>z(Je,{id:e.id,featured:t}),t?`featuredNow`:`unfeaturedNow`),v=async t=>{t.preventDefault(),await g(()=>z(Ye,{id:e.id,note:u.trim()||null}),`verifiedNow`)&&d(``)},y=async t=>{t.preventDefault();let r=f.trim();h(r?null:n.curation.hideReasonEmpty),r?await g(()=>z(Xe,{id:e.id,reason:r}),`hiddenNow`)&&p(``):document.getElementById(`hide-reason`)?.focus()},x=e.visibility===`PUBLIC`&&e.status===`PUBLISHED`;return q(`section`,{class:`section panel curator-tools`,"aria-labelledby":`curation-h`,children:[q(`h2`,{id:`curation-h`,children:n.curation.heading}),q(`p`,{children:n.curation.intro(r.organisation.name)}),q(`div`,{"aria-live":`polite`,class:`live`,children:o&&q(`div`,{class:`notice notice-success curation-done`,children:q(`p`,{children:n.curation[o]})})}),c&&q(`p`,{class:`error-text`,role:`alert`,children:K(c)}),x?q(b,{children:[q(`div`,{class:`actions`,children:[q(`button`,{type:`button`,class:`button button-secondary`,disabled:i,onClick:()=>_(!e.featured),children:e.featured?n.curation.unfeature:n.curation.feature}),e.hiddenAt&&q(`button`,{type:`button`,class:`button button-secondary`,disabled:i,onClick:()=>void g(()=>z(Ze,{id:e.id}),`unhiddenNow`),children:n.curation.unhide})]}),q(`form`,{class:`form`,noValidate:!0,onSubmit:e=>void v(e),children:[q(Q,{id:`verify-note`,label:n.curation.verifyNote,hint:n.curation.verifyHint,children:q(`textarea`,{id:`verify-note`,class:`textarea`,rows:2,maxLength:Kn,value:u,"aria-describedby":Z(`verify-note`,n.curation.verifyHint,null),onInput:e=>d(e.currentTarget.value)})}),q(`button`,{type:`submit`,class:`button`,disabled:i,children:i?n.curation.working:n.curation.verify})]}),!e.hiddenAt&&q(`form`,{class:`form curation-hide`,noValidate:!0,onSubmit:e=>void y(e),children:[q(Q,{id:`hide-reason`,label:n.curation.hideReason,hint:n.curation.hideHint,error:m,children:q(`textarea`,{id:`hide-reason`,class:`textarea`,rows:2,maxLength:Kn,value:f,"aria-required":`true`,"aria-invalid":m?!0:void 0,"aria-describedby":Z(`hide-reason`,n.curation.hideHint,m),onInput:e=>p(e.currentTarget.value)})}),q(`button`,{type:`submit`,class:`button button-warning`,disabled:i,children:n.curation.hide})]})]}):q(`p`,{class:`hint`,children:n.curation.notCuratable})]})}var Xn=176,Zn=128,Qn=12,$n=16,er=9,tr=22,nr=21,rr=6;function ir(e,t=nr,n=rr){let r=[],i=``;for(let n of e.split(/\s+/).filter(Boolean))i&&i.length+1+n.length>t?(r.push(i),i=n):i=i?`${i} ${n}`:n;if(i&&r.push(i),r.length>n){let e=r.slice(0,n);return e[n-1]=`${(e[n-1]??``).replace(/\s*\S*$/,``)}…`,e}return r}function ar(e,t){let n=null;for(let r of e){let e=t(r);e!=null&&(n==null||e>n)&&(n=e)}return n}function or(e,t,n){let r=[];t&&r.push(n);let i=ar(e.evidence,e=>e.nestaLevel),a=ar(e.evidence,e=>e.marylandLevel);return i!=null&&r.push(`N${i}`),a!=null&&r.push(`M${a}`),e.evidence.some(e=>e.emmie)&&r.push(`E`),r.join(` · `)||`–`}function sr({pathway:e,gapIds:t,title:n,id:r}){let i=H(),a=new Map,o=Mn.map(t=>{let n=e.steps.filter(e=>e.kind===t);return n.reduce((e,t)=>e+ir(t.label).length*$n+18,0)+Math.max(0,n.length-1)*tr}),s=Math.max(...o,60);Mn.forEach((t,n)=>{let r=Qn+n*304,i=46+(s-(o[n]??0))/2;for(let n of e.steps.filter(e=>e.kind===t)){let e=ir(n.label),o=e.length*$n+18;a.set(n.id,{x:r,y:i,h:o,lines:e,kind:t}),i+=o+tr}});let c=24+Mn.length*Xn+(Mn.length-1)*Zn,l=58+s,u=e.links.filter(e=>t.has(e.id)).length;return q(`svg`,{class:`pathway-svg`,width:c,height:l,viewBox:`0 0 ${c} ${l}`,role:`img`,"aria-labelledby":`${r}-title ${r}-desc`,children:[q(`title`,{id:`${r}-title`,children:i.pathway.diagramTitle(n)}),q(`desc`,{id:`${r}-desc`,children:i.pathway.diagramDesc(e.steps.length,e.links.length,u)}),q(`defs`,{children:[q(`marker`,{id:`${r}-arrow`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:q(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head`})}),q(`marker`,{id:`${r}-arrow-gap`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:q(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head arrow-head-gap`})})]}),Mn.map((e,t)=>q(`text`,{class:`pathway-col-head`,x:Qn+t*304+Xn/2,y:24,"text-anchor":`middle`,children:i.labels.stepKind[e]},e)),e.links.map(e=>{let n=a.get(e.from.id),i=a.get(e.to.id);if(!n||!i)return null;let o=t.has(e.id),s=n.x+Xn,c=n.y+n.h/2,l=i.x-2,u=i.y+i.h/2,d=Math.max(40,(l-s)/2);return q(`path`,{class:`pathway-link${o?` is-gap`:``}`,d:`M ${s} ${c} C ${s+d} ${c}, ${l-d} ${u}, ${l} ${u}`,"marker-end":`url(#${r}-arrow${o?`-gap`:``})`},e.id)}),e.steps.map(e=>{let t=a.get(e.id);return t?q(`g`,{class:`pathway-node kind-${t.kind.toLowerCase().replace(/_/g,`-`)}`,children:[q(`rect`,{x:t.x,y:t.y,width:Xn,height:t.h,rx:`6`}),q(`text`,{x:t.x+er,y:t.y+er+12,children:t.lines.map((e,n)=>q(`tspan`,{x:t.x+er,dy:n===0?0:$n,children:e},n))})]},e.id):null}),e.links.map((e,n)=>{let r=a.get(e.from.id),o=a.get(e.to.id);if(!r||!o)return null;let s=t.has(e.id),c=or(e,s,i.pathway.gap),l=(r.x+Xn+o.x)/2,u=(r.y+r.h/2+o.y+o.h/2)/2,d=c.length*7+36,f=l-d/2;return q(`g`,{class:`pathway-label${s?` is-gap`:``}`,children:[q(`rect`,{x:f,y:u-11,width:d,height:`22`,rx:`11`}),q(`circle`,{cx:f+11,cy:u,r:`9`,class:`pathway-label-number`}),q(`text`,{x:f+11,y:u+4,"text-anchor":`middle`,class:`pathway-label-number-text`,children:n+1}),q(`text`,{x:f+24,y:u+4,children:c})]},e.id)})]})}function cr({evidence:e}){let t=H(),n=e.emmie,r=n?[`effect`,`mechanism`,`moderators`,`implementation`,`economics`].filter(e=>n[e]):[];return q(`li`,{class:`evidence`,children:[q(`p`,{children:e.summary}),q(`ul`,{class:`grades`,children:[e.nestaLevel!=null&&q(`li`,{class:`grade`,children:t.pathway.nesta(e.nestaLevel,t.labels.nestaLevel(e.nestaLevel))}),e.marylandLevel!=null&&q(`li`,{class:`grade`,children:t.pathway.maryland(e.marylandLevel)}),n&&q(`li`,{class:`grade`,children:t.pathway.emmie})]}),r.length>0&&n&&q(`dl`,{class:`emmie`,children:r.map(e=>q(`div`,{children:[q(`dt`,{children:t.pathway.emmieDims[e]}),q(`dd`,{children:n[e]})]},e))}),(e.source!=null||e.observedOn!=null)&&q(`p`,{class:`evidence-source`,children:[e.source&&q(`span`,{children:[t.pathway.source,`: `,e.source]}),e.observedOn&&q(`span`,{children:[t.pathway.observed,`: `,W(e.observedOn)]})]})]})}function lr({initiative:e}){let t=H(),{pathway:n}=e,r=new Set(e.evidenceGaps.map(e=>e.id)),i=new Map(n.steps.map(e=>[e.id,e.label])),a=n.links.filter(e=>r.has(e.id)).length;return q(`section`,{class:`section`,"aria-labelledby":`pathway-h`,children:[q(`h2`,{id:`pathway-h`,children:t.pathway.heading}),n.steps.length===0?q(`p`,{class:`empty`,children:t.pathway.none}):q(b,{children:[q(`p`,{children:t.pathway.intro}),q(`p`,{class:a>0?`gap-summary has-gaps`:`gap-summary`,children:a>0?q(b,{children:[q(`span`,{class:`gap-icon`,"aria-hidden":`true`,children:`!`}),t.pathway.gapsSummary(a,n.links.length,2)]}):t.pathway.noGaps(2)}),q(`div`,{class:`diagram-scroll`,role:`region`,"aria-label":t.pathway.diagramTitle(e.title),tabIndex:0,children:q(sr,{pathway:n,gapIds:r,title:e.title,id:`pathway`})}),q(`p`,{class:`legend`,children:t.pathway.legend}),q(`h3`,{children:t.pathway.linksHeading}),q(`ol`,{class:`pathway-links`,children:n.links.map((e,n)=>{let a=r.has(e.id);return q(`li`,{class:`pathway-link-item${a?` is-gap`:``}`,"data-link-id":e.id,children:[q(`p`,{class:`link-title`,children:[q(`span`,{class:`link-number`,children:n+1}),q(`span`,{children:[i.get(e.from.id),` `,q(`span`,{class:`leads-to`,children:t.pathway.leadsTo}),` `,i.get(e.to.id)]}),a&&q(`strong`,{class:`gap-badge`,children:t.pathway.gapBadge})]}),e.evidence.length===0?q(`p`,{class:`empty`,children:t.pathway.noEvidence}):q(`ul`,{class:`evidence-list`,children:e.evidence.map(e=>q(cr,{evidence:e},e.id))})]},e.id)})})]})]})}function ur(e){return(e.split(`-`)[0]??e).toLowerCase()}function dr(e,t){return e.some(e=>ur(e.language)===ur(t))}var fr={en:`English`,cy:`Cymraeg`};function pr(e){let t=fr[ur(e)];if(t)return t;try{return new Intl.DisplayNames([e],{type:`language`}).of(e)??e}catch{return e}}function mr({served:e,translations:t}){let n=H(),r=V(),i=t.find(t=>t.language===e)?.status,a=[];return dr(t,r)||a.push(n.translation.notTranslated(n.labels.languageName(e))),i===`MACHINE`&&a.push(n.translation.machine),i===`OUTDATED`&&a.push(n.translation.outdated),a.length>0?q(`p`,{class:`translation-note`,children:a.join(` `)}):null}function hr({translations:e}){let t=H();return q(`div`,{children:[q(`dt`,{children:t.translation.available}),q(`dd`,{class:`languages-available`,children:e.map((e,n)=>q(b,{children:[n>0&&`, `,q(`span`,{lang:e.language,children:pr(e.language)}),` (`,t.translation.status[e.status],`)`]},e.language))})]})}function gr({served:e,translations:t}){let n=H();return dr(t,V())?null:q(`span`,{class:`badge badge-lang`,children:[q(`span`,{"aria-hidden":`true`,children:ur(e).toUpperCase()}),q(`span`,{class:`visually-hidden`,children:n.translation.shownIn(n.labels.languageName(e))})]})}function _r({indicator:e}){let t=H(),n=n=>n==null?t.common.notKnown:`${U(n,{maximumFractionDigits:2})} ${e.unit}`,r=e.progressToTarget;return q(`li`,{class:`indicator`,children:[q(`h3`,{children:e.name}),q(`p`,{class:`badge`,children:t.labels.indicatorKind[e.kind]}),q(`dl`,{class:`summary-list`,children:[q(`div`,{children:[q(`dt`,{children:t.indicators.baseline}),q(`dd`,{children:n(e.baseline)})]}),q(`div`,{children:[q(`dt`,{children:t.indicators.target}),q(`dd`,{children:n(e.target)})]}),q(`div`,{children:[q(`dt`,{children:t.indicators.latest}),q(`dd`,{children:e.latest?t.indicators.on(n(e.latest.value),W(e.latest.measuredOn)):t.common.notKnown})]}),e.change!=null&&q(`div`,{children:[q(`dt`,{children:t.indicators.change}),q(`dd`,{children:[e.change>0?`+`:``,n(e.change)]})]})]}),r==null?q(`p`,{class:`hint`,children:t.indicators.noProgress}):q(`div`,{class:`progress`,children:[q(`meter`,{min:0,max:1,low:.34,high:.99,optimum:1,value:Math.min(1,Math.max(0,r)),"aria-label":t.indicators.progressLabel(e.name)}),q(`span`,{children:t.indicators.progress(Math.round(r*100))})]})]})}function vr({initiative:e}){let t=H();return q(`section`,{class:`section`,"aria-labelledby":`indicators-h`,children:[q(`h2`,{id:`indicators-h`,children:t.indicators.heading}),e.indicators.length===0?q(`p`,{class:`empty`,children:t.indicators.none}):q(`ul`,{class:`indicators`,children:e.indicators.map(e=>q(_r,{indicator:e},e.id))})]})}var yr=[`SERVICE`,`COMMUNITY`],br=[`RIGHT`,`RESPONSIBILITY`];function xr({charter:e}){let t=H();return q(`article`,{class:`charter`,children:[q(`h3`,{lang:e.servedLanguage,children:e.title}),q(mr,{served:e.servedLanguage,translations:e.translations}),q(`p`,{class:`charter-status`,children:[q(`span`,{class:`badge`,children:t.labels.charterStatus[e.status]}),e.adoptedAt&&q(`span`,{children:[` `,t.charter.adopted,`: `,W(e.adoptedAt)]})]}),q(`div`,{class:`commitments`,children:yr.map(n=>q(`div`,{class:`party`,children:[q(`h4`,{children:t.labels.party[n]}),br.map(r=>{let i=e.commitments.filter(e=>e.party===n&&e.kind===r);return q(`div`,{class:`commitment-group`,children:[q(`h5`,{children:t.labels.commitmentKind[r]}),i.length===0?q(`p`,{class:`empty`,children:t.charter.nothing}):q(`ul`,{lang:e.servedLanguage,children:i.map((e,t)=>q(`li`,{children:e.text},t))})]},r)})]},n))}),q(`h4`,{children:t.charter.risksHeading}),e.risks.length===0?q(`p`,{class:`empty`,children:t.charter.noRisks}):q(`ul`,{class:`risks`,children:e.risks.map((n,r)=>q(`li`,{class:`risk`,children:[q(`p`,{class:`risk-description`,lang:e.servedLanguage,children:n.description}),q(`dl`,{class:`risk-levels`,children:[q(`div`,{children:[q(`dt`,{children:t.charter.likelihood}),q(`dd`,{class:`level level-${n.likelihood.toLowerCase()}`,children:t.labels.riskLevel[n.likelihood]})]}),q(`div`,{children:[q(`dt`,{children:t.charter.impact}),q(`dd`,{class:`level level-${n.impact.toLowerCase()}`,children:t.labels.riskLevel[n.impact]})]})]}),q(`p`,{class:`risk-mitigation`,children:[q(`strong`,{children:[t.charter.mitigation,`:`]}),` `,q(`span`,{lang:e.servedLanguage,children:n.mitigation})]})]},r))}),e.signatories.length>0&&q(b,{children:[q(`h4`,{children:t.charter.signatories}),q(`ul`,{class:`signatories`,children:e.signatories.map((e,n)=>q(`li`,{children:[e.name,`, `,e.role,` (`,t.labels.party[e.party],`)`,e.signedOn?`, ${W(e.signedOn)}`:``]},n))})]})]})}function Sr({initiative:e}){let t=H();return q(`section`,{class:`section`,"aria-labelledby":`charter-h`,children:[q(`h2`,{id:`charter-h`,children:t.charter.heading}),e.charters.length===0?q(`p`,{class:`empty`,children:t.charter.none}):e.charters.map(e=>q(xr,{charter:e},e.id))]})}function Cr({initiative:e}){let t=H();return q(`section`,{class:`section`,"aria-labelledby":`similar-h`,children:[q(`h2`,{id:`similar-h`,children:t.similar.heading}),e.peerMatches.length===0?q(`p`,{class:`empty`,children:t.similar.none}):q(`ul`,{class:`matches`,children:e.peerMatches.map(e=>q(`li`,{class:`match`,children:[q(`h3`,{class:`match-title`,children:q(`a`,{href:J.initiative(e.initiative.id),lang:e.initiative.servedLanguage,children:e.initiative.title})}),q(`p`,{class:`result-meta`,children:[q(`span`,{class:`result-council`,children:e.initiative.owner.name}),q(`span`,{children:t.labels.nation[e.initiative.owner.nation]}),q(Wn,{step:e.initiative.starStep}),q(`span`,{class:`match-score`,children:t.similar.match(Math.round(e.score*100))})]}),q(Un,{coTypes:e.initiative.coTypes}),q(`h4`,{class:`visually-hidden`,children:t.similar.why}),q(`ul`,{class:`reasons`,children:[e.sharedCoTypes.length>0&&q(`li`,{children:[t.similar.sharedCo,`: `,e.sharedCoTypes.map(e=>t.labels.co[e]).join(`, `)]}),e.sharedTags.length>0&&q(`li`,{children:[t.similar.sharedTags,`: `,e.sharedTags.join(`, `)]}),e.sharedWords.length>0&&q(`li`,{children:[t.similar.sharedWords,`: `,e.sharedWords.join(`, `)]}),e.sameServiceArea&&q(`li`,{children:t.similar.sameArea}),e.furtherAlong&&q(`li`,{children:t.similar.furtherAlong})]})]},e.initiative.id))})]})}function wr({initiative:e}){let t=H(),n=e.appraisal,r=e=>e==null?t.common.notKnown:U(e,{style:`currency`,currency:n.currency??`GBP`,maximumFractionDigits:0});return n.impact==null&&n.ease==null&&n.annualCost==null&&n.annualBenefit==null?q(`p`,{class:`empty`,children:t.initiative.notAppraised}):q(`dl`,{class:`summary-list`,children:[n.impact!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.impact}),q(`dd`,{children:n.impact})]}),n.ease!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.ease}),q(`dd`,{children:n.ease})]}),n.quadrant&&q(`div`,{children:[q(`dt`,{children:t.initiative.quadrant}),q(`dd`,{children:t.labels.quadrant[n.quadrant]})]}),n.annualCost!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.annualCost}),q(`dd`,{children:r(n.annualCost)})]}),n.annualBenefit!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.annualBenefit}),q(`dd`,{children:r(n.annualBenefit)})]}),n.benefitCostRatio!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.benefitCost}),q(`dd`,{children:U(n.benefitCostRatio,{maximumFractionDigits:2})})]})]})}var Tr=[`PEER_REVIEW`,`STUDY_VISIT`],Er=2e3;function Dr(){let e=new Date,t=e=>String(e).padStart(2,`0`);return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}function Or({caseStudyId:e,host:t,path:n}){let r=H(),{viewer:i}=Qt(),a=G(pt,{caseStudyId:e},{skip:!i}),[o,s]=P(`PEER_REVIEW`),[c,l]=P(``),[u,d]=P(``),[f,p]=P(!1),[m,h]=P(null),[g,_]=P(null),v=I(null),y=I(null),x=e=>m?.errors.find(t=>t.field===e||t.field===`input.${e}`)?.message??null,S=x(`proposedFor`),C=x(`message`);if(F(()=>{S?v.current?.focus():C&&y.current?.focus()},[m]),!i)return q(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[q(`h2`,{id:`peer-h`,children:r.peerReview.heading}),q(`p`,{children:q(`a`,{href:J.signIn(n),children:r.peerReview.signInPrompt})})]});let w=async n=>{n.preventDefault(),p(!0),h(null),_(null);try{let n=await z(mt,{input:{kind:o,caseStudyId:e,host:t.slug,proposedFor:c||null,message:u.trim()||null}});_(n.requestPeerReview),a.reload(),d(``),l(``)}catch(e){if(e instanceof R)h(e);else throw e}finally{p(!1)}},T=a.data?.peerReviews.nodes??[];return q(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[q(`h2`,{id:`peer-h`,children:r.peerReview.heading}),q(`p`,{children:r.peerReview.intro(t.name)}),q(`div`,{"aria-live":`polite`,class:`live`,children:g&&q(`div`,{class:`notice notice-success peer-review-sent`,children:q(`p`,{children:r.peerReview.sent(r.labels.peerReviewKind[g.kind],g.host.name,r.labels.peerReviewStatus[g.status])})})}),T.length>0&&q(b,{children:[q(`h3`,{children:r.peerReview.yours}),q(`ul`,{class:`plain-list`,children:T.map(e=>q(`li`,{children:[r.labels.peerReviewKind[e.kind],`: `,r.labels.peerReviewStatus[e.status],e.proposedFor?`, ${r.peerReview.on(W(e.proposedFor))}`:``]},e.id))})]}),$t(i)?q(`form`,{class:`form`,onSubmit:e=>void w(e),noValidate:!0,children:[m&&!S&&!C&&q(`p`,{class:`error-text`,role:`alert`,children:K(m)}),q(`fieldset`,{class:`field`,children:[q(`legend`,{class:`label`,children:r.peerReview.kind}),q(`div`,{class:`radios`,children:Tr.map(e=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,id:`pr-kind-${e}`,name:`pr-kind`,checked:o===e,onChange:()=>s(e)}),q(`label`,{for:`pr-kind-${e}`,children:r.labels.peerReviewKind[e]})]},e))})]}),q(Q,{id:`pr-date`,label:r.peerReview.date,hint:r.peerReview.dateHint,error:S,children:q(`input`,{type:`date`,id:`pr-date`,class:`input input-date`,ref:v,min:Dr(),value:c,"aria-invalid":S?!0:void 0,"aria-describedby":Z(`pr-date`,r.peerReview.dateHint,S),onInput:e=>l(e.currentTarget.value)})}),q(Q,{id:`pr-message`,label:r.peerReview.message,error:C,children:q(`textarea`,{id:`pr-message`,class:`textarea`,ref:y,rows:4,maxLength:Er,value:u,"aria-invalid":C?!0:void 0,"aria-describedby":Z(`pr-message`,void 0,C),onInput:e=>d(e.currentTarget.value)})}),q(`button`,{type:`submit`,class:`button`,disabled:f,children:f?r.peerReview.sending:r.peerReview.submit})]}):q(`p`,{class:`hint`,children:r.peerReview.editorsOnly})]})}var kr=1e3;function Ar({caseStudyId:e}){let t=H(),{viewer:n}=Qt(),[r,i]=P(!1),[a,o]=P(``),[s,c]=P(``),[l,u]=P(!1),[d,f]=P(null),[p,m]=P(null),[h,g]=P(!1),_=I(null),v=I(null);if(F(()=>{r&&_.current?.focus()},[r]),!n)return null;let y=d?.errors.find(e=>e.field===`details`)?.message??null,b=async n=>{if(n.preventDefault(),!a)m(t.report.reasonEmpty),_.current?.focus();else{m(null),u(!0),f(null);try{await z(Qe,{id:e,reason:a,details:s.trim()||null}),g(!0),i(!1),o(``),c(``),v.current?.focus()}catch(e){if(e instanceof R)f(e);else throw e}finally{u(!1)}}};return q(`section`,{class:`section`,"aria-labelledby":`report-h`,children:[q(`h2`,{id:`report-h`,children:t.report.heading}),q(`p`,{children:t.report.intro}),q(`div`,{"aria-live":`polite`,class:`live`,children:h&&q(`div`,{class:`notice notice-success report-sent`,children:q(`p`,{children:t.report.sent})})}),q(`button`,{type:`button`,class:`button button-secondary`,ref:v,"aria-expanded":r,"aria-controls":`report-form`,onClick:()=>{i(!r),g(!1),f(null),m(null)},children:t.report.open}),q(`form`,{id:`report-form`,class:`form report-form`,hidden:!r,noValidate:!0,onSubmit:e=>void b(e),children:[d&&!y&&q(`p`,{class:`error-text`,role:`alert`,children:K(d)}),q(Q,{id:`report-reason`,label:t.report.reason,error:p,children:q(`select`,{id:`report-reason`,class:`select`,ref:_,value:a,"aria-invalid":p?!0:void 0,"aria-describedby":Z(`report-reason`,void 0,p),onChange:e=>{let t=e.currentTarget.value;o(Hn(Nn,t)?t:``)},children:[q(`option`,{value:``,children:t.report.chooseReason}),Nn.map(e=>q(`option`,{value:e,children:t.labels.reportReason[e]},e))]})}),q(Q,{id:`report-details`,label:t.report.details,hint:t.report.detailsHint,error:y,children:q(`textarea`,{id:`report-details`,class:`textarea`,rows:3,maxLength:kr,value:s,"aria-invalid":y?!0:void 0,"aria-describedby":Z(`report-details`,t.report.detailsHint,y),onInput:e=>c(e.currentTarget.value)})}),q(`div`,{class:`actions`,children:[q(`button`,{type:`submit`,class:`button`,disabled:l,children:l?t.report.sending:t.report.submit}),q(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>{i(!1),v.current?.focus()},children:t.report.cancel})]})]})]})}function jr({owner:e}){let t=H();return q(b,{children:[q(`div`,{children:[q(`dt`,{children:t.common.council}),q(`dd`,{class:`council-name`,children:e.name})]}),q(`div`,{children:[q(`dt`,{children:t.common.gssCode}),q(`dd`,{class:`council-gss`,children:e.gssCode??t.common.none})]}),q(`div`,{children:[q(`dt`,{children:t.common.nation}),q(`dd`,{class:`council-nation`,children:t.labels.nation[e.nation]})]})]})}function Mr({tags:e}){let t=H();return e.length===0?null:q(`div`,{children:[q(`dt`,{children:t.common.tags}),q(`dd`,{children:q(`ul`,{class:`tags`,children:e.map(e=>q(`li`,{children:e},e))})})]})}var Nr=null;function Pr(e){Nr=e}function Fr(){let e=Nr;return Nr=null,e}function Ir({text:e}){return q(b,{children:e.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean).map((e,t)=>q(`p`,{class:`prose-paragraph`,children:e},t))})}function Lr({id:e}){let t=G(ht,{id:e,lang:V()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return q(Cn,{query:t,record:n?.__typename===`CaseStudy`?n:null,title:e=>e.title,children:e=>q(Rr,{cs:e,onChanged:t.reload})})}function Rr({cs:e,onChanged:t}){let n=H(),r=V(),{viewer:i}=Qt(),[a,o]=P(null),[s,c]=P(!1),[l,u]=P(null);F(()=>o(Fr()),[]);let d=i?.organisation.slug===e.owner.slug,f=d&&$t(i),p=e.initiative,m=async()=>{c(!0),u(null);try{await z(ft,{id:e.id}),o(n.caseStudy.publishedNow),t()}catch(e){e instanceof R&&u(e)}finally{c(!1)}};return q(`article`,{class:`case-study`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:J.home,children:n.common.backToExplorer})}),a&&q(xn,{kind:`success`,children:a}),q(`header`,{class:`page-header`,lang:e.servedLanguage,children:[q(`h1`,{children:e.title}),q(`p`,{class:`lead`,children:e.summary})]}),q(mr,{served:e.servedLanguage,translations:e.translations}),q(Jn,{cs:e}),f&&q(`div`,{class:`actions`,children:[q(`a`,{class:`button`,href:J.caseStudyEdit(e.id),children:n.caseStudy.edit}),e.status===`DRAFT`&&q(`button`,{type:`button`,class:`button button-secondary`,disabled:s,onClick:()=>void m(),children:s?n.caseStudy.publishing:n.caseStudy.publish}),l&&q(`p`,{class:`error-text`,role:`alert`,children:K(l)})]}),q(`div`,{class:`two-col`,children:[q(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[q(`h2`,{id:`about-h`,children:n.caseStudy.about}),q(`dl`,{class:`summary-list council-details`,children:[q(jr,{owner:e.owner}),q(`div`,{children:[q(`dt`,{children:n.common.serviceArea}),q(`dd`,{children:n.labels.area[e.serviceArea]})]}),q(`div`,{children:[q(`dt`,{children:n.common.coTypes}),q(`dd`,{children:q(Un,{coTypes:e.coTypes})})]}),p&&q(`div`,{children:[q(`dt`,{children:n.caseStudy.initiative}),q(`dd`,{children:[q(`a`,{href:J.initiative(p.id),lang:p.servedLanguage,children:p.title}),` `,q(Wn,{step:p.starStep})]})]}),q(hr,{translations:e.translations}),q(`div`,{children:[q(`dt`,{children:n.common.status}),q(`dd`,{children:[n.labels.status[e.status],` · `,n.labels.visibilityShort[e.visibility]]})]}),e.publishedAt&&q(`div`,{children:[q(`dt`,{children:n.common.published}),q(`dd`,{children:W(e.publishedAt)})]}),q(`div`,{children:[q(`dt`,{children:n.common.updated}),q(`dd`,{children:W(e.updatedAt)})]}),q(Mr,{tags:e.tags})]})]}),q(`section`,{class:`section prose`,"aria-labelledby":`story-h`,lang:e.servedLanguage,children:[q(`h2`,{id:`story-h`,lang:r,children:n.caseStudy.storyHeading}),q(Ir,{text:e.body})]})]}),p?q(b,{children:[q(lr,{initiative:p}),q(vr,{initiative:p}),q(Sr,{initiative:p}),q(Cr,{initiative:p})]}):q(`p`,{class:`empty section`,children:n.caseStudy.noInitiative}),!d&&q(Or,{caseStudyId:e.id,host:e.owner,path:J.caseStudy(e.id)}),q(Ar,{caseStudyId:e.id}),q(Yn,{cs:e,onChanged:t})]})}function zr(e,t){return Object.hasOwn(e,t)?e[t]:void 0}function Br(e,t){let n=/^translations\.([^.]+)\.(.+)$/.exec(t);return n?.[1]&&n[2]?e.revisions.field(zr(e.revisions.fields,n[2])??n[2],pr(n[1])):zr(e.revisions.fields,t)??t}function Vr(e,t){let[n,,r]=t.split(`.`);if(n===`translations`)return r===`status`?e.translation.status:null;switch(t){case`status`:return e.labels.status;case`coTypes`:return e.labels.co;case`serviceArea`:return e.labels.area;case`visibility`:return e.labels.visibilityShort;default:return null}}function Hr(e,t,n){if(n==null||n===``)return e.revisions.empty;if(t===`verifiedBy`)return e.curation.verified;if(t===`language`)return e.labels.languageName(n);let r=Vr(e,t),i=[n];if(n.startsWith(`[`))try{let e=JSON.parse(n);Array.isArray(e)&&(i=e.map(String))}catch{}return i.map(e=>r?zr(r,e)??e:e).join(`, `)}function Ur({diff:e}){let t=e.replace(/\n$/,``).split(`
`),n=t.findIndex(e=>e.startsWith(`@@`));return q(`pre`,{class:`diff`,children:t.slice(Math.max(n,0)).map((e,t)=>e.startsWith(`+`)?q(`ins`,{class:`diff-line diff-add`,children:e},t):e.startsWith(`-`)?q(`del`,{class:`diff-line diff-del`,children:e},t):q(`span`,{class:`diff-line${e.startsWith(`@@`)?` diff-hunk`:``}`,children:e},t))})}function Wr({change:e}){let t=H();return q(`li`,{class:`change`,children:[q(`span`,{class:`change-field`,children:Br(t,e.field)}),e.diff==null?q(`span`,{class:`change-values`,children:[q(`span`,{class:`visually-hidden`,children:t.revisions.before}),` `,q(`span`,{class:`change-before`,children:Hr(t,e.field,e.before??null)}),` `,q(`span`,{"aria-hidden":`true`,children:`→`}),` `,q(`span`,{class:`visually-hidden`,children:t.revisions.after}),` `,q(`span`,{class:`change-after`,children:Hr(t,e.field,e.after??null)})]}):q(Ur,{diff:e.diff})]})}function Gr({id:e,version:t,revisions:n,onRestored:r}){let i=H(),[a,o]=P(null),[s,c]=P(null),[l,u]=P(null),d=[...n.nodes].sort((e,t)=>t.version-e.version),f=d[d.length-1]?.version??1,p=n.totalCount===d.length&&f>1?f-1:null,m=e=>q(`button`,{type:`button`,class:`button button-secondary`,disabled:a!=null,"aria-describedby":`revision-${e}-h`,onClick:()=>void h(e),children:a===e?i.revisions.restoring:i.revisions.restore}),h=async n=>{o(n),u(null),c(null);try{let i=(await z(dt,{id:e,version:n,expectedVersion:t})).restoreRevision;c({old:n,now:`version`in i?i.version:t+1}),r()}catch(e){if(e instanceof R)u(e);else throw e}finally{o(null)}},g=e=>{let t=e.organisation?.name;return e.subject&&t?`${e.subject} (${t})`:e.subject??t??i.revisions.unknown};return q(`section`,{class:`section revisions`,"aria-labelledby":`revisions-h`,children:[q(`h2`,{id:`revisions-h`,children:i.revisions.heading}),q(`p`,{children:i.revisions.intro}),q(`div`,{"aria-live":`polite`,class:`live`,children:s&&q(`div`,{class:`notice notice-success revision-restored`,children:q(`p`,{children:i.revisions.restored(s.old,s.now)})})}),l&&q(`p`,{class:`error-text`,role:`alert`,children:K(l)}),d.length===0?q(`p`,{class:`empty`,children:i.revisions.none}):q(`ol`,{class:`revision-list`,children:[d.map(e=>q(`li`,{class:`revision`,children:[q(`h3`,{id:`revision-${e.version}-h`,class:`revision-title`,children:[i.revisions.version(e.version),e.version===t&&q(`span`,{class:`badge`,children:i.revisions.current})]}),q(`p`,{class:`revision-meta`,children:i.revisions.meta(Jt(e.changedAt),g(e))}),e.changes.length===0?q(`p`,{class:`empty`,children:i.revisions.noChanges}):q(`ul`,{class:`changes`,children:e.changes.map(e=>q(Wr,{change:e},e.field))}),e.version<t&&m(e.version)]},e.version)),p!=null&&q(`li`,{class:`revision`,children:[q(`h3`,{id:`revision-${p}-h`,class:`revision-title`,children:i.revisions.version(p)}),q(`p`,{class:`revision-meta`,children:i.revisions.base}),m(p)]})]}),n.totalCount>d.length&&q(`p`,{class:`showing`,children:i.revisions.showing(d.length,n.totalCount)})]})}function Kr({completeness:e}){let t=H(),n=Math.min(1,Math.max(0,e.score));return q(`section`,{class:`section panel completeness`,"aria-labelledby":`completeness-h`,children:[q(`h2`,{id:`completeness-h`,children:t.completeness.heading}),q(`div`,{class:`progress`,children:[q(`meter`,{min:0,max:1,low:.5,high:.99,optimum:1,value:n,"aria-labelledby":`completeness-h`}),q(`span`,{class:`completeness-score`,children:t.completeness.score(Math.round(n*100))})]}),e.missing.length>0?q(b,{children:[q(`p`,{children:t.completeness.missingIntro}),q(`ul`,{class:`plain-list completeness-missing`,children:e.missing.map(e=>q(`li`,{children:zr(t.completeness.missing,e)??e},e))})]}):q(`p`,{children:t.completeness.complete})]})}var qr=200,Jr=1e3,Yr=1e5,Xr=[`title`,`summary`,`body`,`coTypes`,`serviceArea`,`initiativeId`,`tags`,`language`,`visibility`],Zr={title:``,summary:``,body:``,coTypes:[],serviceArea:``,tags:``,language:`en`,visibility:`NETWORK`,initiativeId:``};function Qr(e){return{title:e.title,summary:e.summary,body:e.body,coTypes:[...e.coTypes],serviceArea:e.serviceArea,tags:e.tags.join(`, `),language:e.language,visibility:e.visibility,initiativeId:e.initiative?.id??``}}function $r(e){if(!e.field)return null;let t=e.field.replace(/^input\./,``).split(/[.[]/)[0]??``;return Hn(Xr,t)?t:null}function ei(e){return e.split(`,`).map(e=>e.trim()).filter(Boolean)}function ti({title:e,children:t}){return nn(e),q(b,{children:[q(`h1`,{children:e}),q(`p`,{children:t})]})}function ni({id:e}){let t=H(),{viewer:n,loading:r}=Qt(),i=e?t.editor.titleEditShort:t.editor.titleNew;return r?q(Y,{}):n?$t(n)?e?q(ri,{id:e,viewer:n}):q(ii,{viewer:n,initial:Zr,loaded:null}):q(ti,{title:i,children:t.editor.notEditor}):q(ti,{title:i,children:q(`a`,{href:J.signIn(e?J.caseStudyEdit(e):J.caseStudyNew),children:t.editor.needSignIn})})}function ri({id:e,viewer:t}){let n=H(),r=G(ot,{id:e}),i=r.data?.node,a=i?.__typename===`CaseStudy`?i.language:null,o=G(st,{id:e,original:a??``},{skip:a==null}),s=o.data?.node;return q(Cn,{query:a==null?r:o,record:s?.__typename===`CaseStudy`?s:null,title:e=>n.editor.titleEdit(e.title),children:e=>e.owner.slug===t.organisation.slug?q(b,{children:[q(ii,{viewer:t,initial:Qr(e),loaded:e,onReload:o.reload},`${e.id}:${e.version}`),q(Kr,{completeness:e.completeness}),q(Gr,{id:e.id,version:e.version,revisions:e.revisions,onRestored:()=>{r.reload(),o.reload()}})]}):q(ti,{title:n.editor.titleEdit(e.title),children:n.editor.notOwner(e.owner.name)})})}function ii({viewer:e,initial:t,loaded:n,onReload:r}){let i=H(),[a,o]=P(t),[s,c]=P(n?.version??0),[l,u]=P(!1),[d,f]=P(null),p=I(null),m=V(),h=G(ct,{owner:e.organisation.slug,lang:m},{keepPrevious:!0}),g=n?i.editor.titleEdit(n.title):i.editor.titleNew;nn(g),F(()=>{d&&p.current?.focus()},[d]);let _=(e,t)=>o(n=>({...n,[e]:t})),v=new Map,y=[];for(let e of d?.errors??[]){let t=e.code===`BAD_USER_INPUT`?$r(e):null;t&&!v.has(t)?v.set(t,e.message):t||y.push(e)}let x=d?.errors.find(e=>e.code===`CONFLICT`&&!e.field)??null,S=async(e=s)=>{u(!0),f(null);try{if(a.serviceArea===``)throw new R([kt(`BAD_USER_INPUT`,i.editor.chooseServiceArea,`serviceArea`)],0);let t={title:a.title,summary:a.summary,body:a.body,coTypes:a.coTypes,serviceArea:a.serviceArea,tags:ei(a.tags),language:a.language,visibility:a.visibility,initiativeId:a.initiativeId||null};if(n){let r=await z(ut,{input:{id:n.id,expectedVersion:e,...t}});c(r.updateCaseStudy.version),Pr(i.caseStudy.saved),mn(J.caseStudy(r.updateCaseStudy.id))}else{let e=await z(lt,{input:t});Pr(i.caseStudy.created),mn(J.caseStudy(e.createCaseStudy.id))}}catch(e){if(e instanceof R)f(e);else throw e}finally{u(!1)}},C=e=>`f-${e}`,w=e=>v.get(e)??null,T=e=>v.has(e)?!0:void 0,E={title:i.editor.title,summary:i.editor.summary,body:i.editor.body,coTypes:i.editor.coTypes,serviceArea:i.editor.serviceArea,initiativeId:i.editor.initiative,tags:i.editor.tags,language:i.editor.language,visibility:i.editor.visibility},D=e=>{(e===`coTypes`||e===`visibility`?document.querySelector(`#${C(e)} input`):document.getElementById(C(e)))?.focus()},O=[`en`,`cy`,...Hn([`en`,`cy`],a.language)?[]:[a.language]];return q(`div`,{class:`editor`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:n?J.caseStudy(n.id):J.home,children:i.editor.cancel})}),q(`h1`,{children:g}),q(`p`,{class:`lead`,children:n?i.editor.introEdit(e.organisation.name):i.editor.intro(e.organisation.name)}),d&&q(`div`,{class:`error-summary`,role:`alert`,tabIndex:-1,ref:p,"aria-labelledby":`error-summary-h`,children:[q(`h2`,{id:`error-summary-h`,children:i.editor.errorSummary}),x?q(b,{children:[q(`p`,{children:i.editor.conflict(x.currentVersion)}),q(`div`,{class:`actions`,children:[q(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>r?.(),children:i.editor.reload}),x.currentVersion!=null&&q(`button`,{type:`button`,class:`button button-warning`,onClick:()=>void S(x.currentVersion??s),children:i.editor.overwrite})]})]}):q(`ul`,{children:[[...v.entries()].map(([e,t])=>q(`li`,{children:q(`a`,{href:`#${C(e)}`,onClick:t=>{t.preventDefault(),D(e)},children:[E[e],`: `,t]})},e)),y.map((e,t)=>q(`li`,{children:K(new R([e],0))},`g${t}`))]})]}),q(`form`,{class:`form`,noValidate:!0,onSubmit:e=>{e.preventDefault(),S()},children:[q(Q,{id:C(`title`),label:i.editor.title,hint:i.editor.titleHint,error:w(`title`),children:q(`input`,{type:`text`,id:C(`title`),lang:a.language,class:`input`,value:a.title,maxLength:qr,"aria-invalid":T(`title`),"aria-describedby":Z(C(`title`),i.editor.titleHint,w(`title`)),onInput:e=>_(`title`,e.currentTarget.value)})}),q(Q,{id:C(`summary`),label:i.editor.summary,hint:i.editor.summaryHint,error:w(`summary`),children:q(`textarea`,{id:C(`summary`),lang:a.language,class:`textarea`,rows:3,maxLength:Jr,value:a.summary,"aria-invalid":T(`summary`),"aria-describedby":Z(C(`summary`),i.editor.summaryHint,w(`summary`)),onInput:e=>_(`summary`,e.currentTarget.value)})}),q(Q,{id:C(`body`),label:i.editor.body,hint:i.editor.bodyHint,error:w(`body`),children:q(`textarea`,{id:C(`body`),lang:a.language,class:`textarea textarea-long`,rows:14,maxLength:Yr,value:a.body,"aria-invalid":T(`body`),"aria-describedby":Z(C(`body`),i.editor.bodyHint,w(`body`)),onInput:e=>_(`body`,e.currentTarget.value)})}),q(`fieldset`,{id:C(`coTypes`),class:`field${w(`coTypes`)?` has-error`:``}`,"aria-describedby":Z(C(`coTypes`),i.editor.coTypesHint,w(`coTypes`)),children:[q(`legend`,{class:`label`,children:i.editor.coTypes}),q(`p`,{class:`hint`,id:`${C(`coTypes`)}-hint`,children:i.editor.coTypesHint}),q(Gn,{id:C(`coTypes`),error:w(`coTypes`)}),q(`div`,{class:`checkboxes`,children:Dn.map(e=>q(`div`,{class:`checkbox`,children:[q(`input`,{type:`checkbox`,id:`co-${e}`,checked:a.coTypes.includes(e),"aria-invalid":T(`coTypes`),onChange:()=>_(`coTypes`,a.coTypes.includes(e)?a.coTypes.filter(t=>t!==e):[...a.coTypes,e])}),q(`label`,{for:`co-${e}`,children:[i.labels.co[e],` `,q(`span`,{class:`hint-inline`,children:i.labels.coHint[e]})]})]},e))})]}),q(Q,{id:C(`serviceArea`),label:i.editor.serviceArea,error:w(`serviceArea`),children:q(`select`,{id:C(`serviceArea`),class:`select`,value:a.serviceArea,"aria-invalid":T(`serviceArea`),"aria-describedby":Z(C(`serviceArea`),void 0,w(`serviceArea`)),onChange:e=>{let t=e.currentTarget.value;_(`serviceArea`,Hn(An,t)?t:``)},children:[q(`option`,{value:``,children:`–`}),An.map(e=>q(`option`,{value:e,children:i.labels.area[e]},e))]})}),q(Q,{id:C(`initiativeId`),label:i.editor.initiative,error:w(`initiativeId`),children:q(`select`,{id:C(`initiativeId`),class:`select`,value:a.initiativeId,"aria-invalid":T(`initiativeId`),"aria-describedby":Z(C(`initiativeId`),void 0,w(`initiativeId`)),onChange:e=>_(`initiativeId`,e.currentTarget.value),children:[q(`option`,{value:``,children:i.editor.noInitiative}),(h.data?.initiatives.nodes??[]).map(e=>q(`option`,{value:e.id,children:e.title},e.id))]})}),q(Q,{id:C(`tags`),label:i.editor.tags,hint:i.editor.tagsHint,error:w(`tags`),children:q(`input`,{type:`text`,id:C(`tags`),class:`input`,value:a.tags,"aria-invalid":T(`tags`),"aria-describedby":Z(C(`tags`),i.editor.tagsHint,w(`tags`)),onInput:e=>_(`tags`,e.currentTarget.value)})}),q(Q,{id:C(`language`),label:i.editor.language,error:w(`language`),children:q(`select`,{id:C(`language`),class:`select`,value:a.language,"aria-invalid":T(`language`),"aria-describedby":Z(C(`language`),void 0,w(`language`)),onChange:e=>_(`language`,e.currentTarget.value),children:O.map(e=>q(`option`,{value:e,children:i.labels.languageName(e)},e))})}),q(`fieldset`,{id:C(`visibility`),class:`field${w(`visibility`)?` has-error`:``}`,"aria-describedby":Z(C(`visibility`),void 0,w(`visibility`)),children:[q(`legend`,{class:`label`,children:i.editor.visibility}),q(Gn,{id:C(`visibility`),error:w(`visibility`)}),q(`div`,{class:`radios`,children:jn.map(e=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,name:`visibility`,id:`vis-${e}`,checked:a.visibility===e,"aria-invalid":T(`visibility`),onChange:()=>_(`visibility`,e)}),q(`label`,{for:`vis-${e}`,children:i.labels.visibility[e]})]},e))})]}),q(`div`,{class:`actions`,children:[q(`button`,{type:`submit`,class:`button`,disabled:l,children:l?i.editor.saving:n?i.editor.save:i.editor.create}),q(`a`,{class:`button button-secondary`,href:n?J.caseStudy(n.id):J.home,children:i.editor.cancel})]})]})]})}var ai=240;function oi(e,t=ai){let n=e.replace(/\s+/g,` `).trim();if(n.length<=t)return n;let r=n.slice(0,t);return`${r.slice(0,Math.max(r.lastIndexOf(` `),t-20))}…`}function si({items:e,headingLevel:t=3}){let n=H(),r=V(),i=t===3?`h3`:`h4`;return q(`ol`,{class:`results`,children:e.map(e=>q(`li`,{class:`result`,children:q(`article`,{lang:e.servedLanguage,children:[q(i,{class:`result-title`,children:q(`a`,{href:J.caseStudy(e.id),children:e.title})}),q(`p`,{class:`result-meta`,lang:r,children:[q(`span`,{class:`result-council`,children:e.owner.name}),q(`span`,{children:n.labels.nation[e.owner.nation]}),q(`span`,{children:n.labels.area[e.serviceArea]}),e.initiative&&q(Wn,{step:e.initiative.starStep}),e.status!==`PUBLISHED`&&q(`span`,{class:`badge`,children:n.labels.status[e.status]}),e.visibility!==`PUBLIC`&&q(`span`,{class:`badge`,children:n.labels.visibilityShort[e.visibility]}),q(gr,{served:e.servedLanguage,translations:e.translations}),q(qn,{featured:e.featured,verifiedAt:e.verifiedAt})]}),q(`div`,{lang:r,children:q(Un,{coTypes:e.coTypes})}),q(`p`,{class:`result-summary`,children:oi(e.summary)})]})},e.id))})}function ci({items:e}){let t=H(),n=V();return q(`section`,{class:`featured`,"aria-labelledby":`featured-h`,children:[q(`h2`,{id:`featured-h`,children:t.curation.featuredHeading}),q(`p`,{class:`hint`,children:t.curation.featuredIntro}),q(`ul`,{class:`featured-list`,children:e.map(e=>q(`li`,{class:`featured-card`,children:q(`article`,{lang:e.servedLanguage,children:[q(`h3`,{class:`featured-title`,children:q(`a`,{href:J.caseStudy(e.id),children:e.title})}),q(`p`,{class:`result-meta`,lang:n,children:[q(`span`,{class:`result-council`,children:e.owner.name}),q(qn,{featured:e.featured,verifiedAt:e.verifiedAt}),q(gr,{served:e.servedLanguage,translations:e.translations})]}),q(`p`,{class:`featured-summary`,children:oi(e.summary,140)})]})},e.id))})]})}var li={co:[],step:[],area:null,nation:[],lang:[],evidence:null,q:``,sort:null},ui=/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;function di(e){return[...new Set(e.filter(e=>ui.test(e)))].sort()}function fi(e,t,n){let r=e.getAll(t);return n.filter(e=>r.includes(e))}function pi(e){let t=new URLSearchParams(e),n=t.get(`area`),r=Number.parseInt(t.get(`evidence`)??``,10),i=t.get(`sort`);return{co:fi(t,`co`,Dn),step:fi(t,`step`,On),area:Hn(An,n)?n:null,nation:fi(t,`nation`,kn),lang:di(t.getAll(`lang`)),evidence:r>=1&&r<=5?r:null,q:(t.get(`q`)??``).trim(),sort:Hn(Pn,i)?i:null}}function mi(e){let t=new URLSearchParams;for(let n of Dn)e.co.includes(n)&&t.append(`co`,n);for(let n of On)e.step.includes(n)&&t.append(`step`,n);e.area&&t.set(`area`,e.area);for(let n of kn)e.nation.includes(n)&&t.append(`nation`,n);for(let n of di(e.lang))t.append(`lang`,n);e.evidence!=null&&t.set(`evidence`,String(e.evidence)),e.q&&t.set(`q`,e.q),e.sort&&e.sort!==gi(e)&&t.set(`sort`,e.sort);let n=t.toString();return n?`?${n}`:``}function hi(e){return`/${mi(e)}`}function gi(e){return e.q?`RELEVANCE`:`UPDATED_AT`}function _i(e){return e.sort?e.sort===`RELEVANCE`&&!e.q?`UPDATED_AT`:e.sort:gi(e)}function vi(e){let t={};return e.co.length>0&&(t.coTypes=e.co),e.step.length>0&&(t.starSteps=e.step),e.area&&(t.serviceArea=e.area),e.nation.length>0&&(t.nations=e.nation),e.lang.length>0&&(t.languages=e.lang),e.evidence!=null&&(t.minEvidenceLevel=e.evidence),e.q&&(t.search=e.q),t}function yi(e){return e.co.length>0||e.step.length>0||e.area!=null||e.nation.length>0||e.lang.length>0||e.evidence!=null||e.q!==``}function bi(e,t){return e.includes(t)?e.filter(e=>e!==t):[...e,t]}function xi(e,t){return e.find(e=>e.value===t)?.count??0}function Si({n:e}){return q(`span`,{class:`facet-count`,children:U(e)})}function Ci({id:e,legend:t,options:n,selected:r,onToggle:i}){return q(`fieldset`,{class:`facet`,children:[q(`legend`,{children:t}),q(`ul`,{class:`facet-options`,children:n.map(t=>q(`li`,{children:[q(`input`,{type:`checkbox`,id:`${e}-${t.value}`,checked:r.includes(t.value),onChange:()=>i(t.value)}),q(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&q(Si,{n:t.count})]})]},t.value))})]})}function wi({id:e,legend:t,hint:n,options:r,selected:i,onSelect:a}){return q(`fieldset`,{class:`facet`,"aria-describedby":n?`${e}-hint`:void 0,children:[q(`legend`,{children:t}),n&&q(`p`,{class:`hint`,id:`${e}-hint`,children:n}),q(`ul`,{class:`facet-options`,children:r.map(t=>q(`li`,{children:[q(`input`,{type:`radio`,name:e,id:`${e}-${t.value}`,checked:i===t.value,onChange:()=>a(t.value)}),q(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&q(Si,{n:t.count})]})]},t.value))})]})}function Ti({facets:e,state:t,onChange:n}){let r=H(),i=(e,t,n)=>e.filter(e=>xi(t,e)>0||n.includes(e)),a=[{value:``,label:r.home.anyArea,count:null},...i(An,e.serviceAreas,t.area?[t.area]:[]).map(t=>({value:t,label:r.labels.area[t],count:xi(e.serviceAreas,t)}))],o=t=>e.evidenceLevels.reduce((e,n)=>Number(n.value)>=t?e+n.count:e,0),s=[{value:``,label:r.home.anyEvidence,count:null},...Vn.filter(e=>o(e)>0||t.evidence===e).map(e=>({value:String(e),label:r.home.evidenceAtLeast(e),count:o(e)}))];return q(`div`,{class:`facets`,children:[q(Ci,{id:`f-co`,legend:r.home.facetCo,options:Dn.map(t=>({value:t,label:r.labels.co[t],count:xi(e.coTypes,t)})),selected:t.co,onToggle:e=>n({...t,co:bi(t.co,e)})}),q(Ci,{id:`f-step`,legend:r.home.facetStep,options:On.map(t=>({value:t,label:r.labels.step[t],count:xi(e.starSteps,t)})),selected:t.step,onToggle:e=>n({...t,step:bi(t.step,e)})}),q(wi,{id:`f-area`,legend:r.home.facetArea,options:a,selected:t.area??``,onSelect:e=>n({...t,area:An.find(t=>t===e)??null})}),q(Ci,{id:`f-nation`,legend:r.home.facetNation,options:i(kn,e.nations,t.nation).map(t=>({value:t,label:r.labels.nation[t],count:xi(e.nations,t)})),selected:t.nation,onToggle:e=>n({...t,nation:bi(t.nation,e)})}),q(wi,{id:`f-evidence`,legend:r.home.facetEvidence,hint:r.home.evidenceHint,options:s,selected:t.evidence==null?``:String(t.evidence),onSelect:e=>n({...t,evidence:e===``?null:Number(e)})}),q(Ci,{id:`f-lang`,legend:r.home.facetLanguage,options:[...new Set([...e.languages.map(e=>e.value),...t.lang])].map(t=>({value:t,label:r.labels.languageName(t),count:xi(e.languages,t)})),selected:t.lang,onToggle:e=>n({...t,lang:bi(t.lang,e)})})]})}function Ei(e,t){return e===0||t===0?0:Math.max(1,Math.ceil(e/t*4))}function Di({matrix:e,selectedCo:t,selectedStep:n,onCell:r,onCo:i,onStep:a,busy:o}){let s=H(),c=new Map;for(let t of e)c.set(`${t.coType}|${t.starStep}`,t.count);let l=Math.max(0,...c.values()),u=t.length===1&&n.length===1;return q(b,{children:[q(`p`,{class:`hint star-hint`,id:`star-hint`,children:s.home.starHint}),q(`div`,{class:`star-scroll`,role:`region`,"aria-labelledby":`star-caption`,"aria-describedby":`star-hint`,tabIndex:0,children:q(`table`,{class:`star`,"aria-busy":o,children:[q(`caption`,{id:`star-caption`,class:`visually-hidden`,children:s.home.starCaption}),q(`thead`,{children:q(`tr`,{children:[q(`td`,{class:`star-corner`,children:s.home.starCorner}),On.map(e=>{let t=n.includes(e);return q(`th`,{scope:`col`,children:q(`button`,{type:`button`,class:`star-head`,"aria-pressed":t,title:s.home.stepButton(s.labels.step[e],t),onClick:()=>a(e),children:[q(`span`,{class:`star-step-number`,"aria-hidden":`true`,children:On.indexOf(e)+1}),s.labels.step[e]]})},e)})]})}),q(`tbody`,{children:Dn.map(e=>{let a=t.includes(e);return q(`tr`,{children:[q(`th`,{scope:`row`,children:q(`button`,{type:`button`,class:`star-head star-row-head`,"aria-pressed":a,title:s.home.coButton(s.labels.co[e],a),onClick:()=>i(e),children:s.labels.co[e]})}),On.map(i=>{let a=c.get(`${e}|${i}`)??0,o=u&&t[0]===e&&n[0]===i;return q(`td`,{class:`star-cell heat-${Ei(a,l)}${o?` is-selected`:``}`,children:q(`button`,{type:`button`,class:`star-count`,"aria-pressed":o,"aria-label":s.home.cellLabel(a,s.labels.co[e],s.labels.step[i],o),disabled:a===0&&!o,onClick:()=>r(e,i),children:a})},i)})]},e)})})]})})]})}var Oi=20,ki=6;function Ai({search:e}){let t=H(),n=Yt(),r=De(()=>pi(e),[e]),i=De(()=>vi(r),[r]),a=De(()=>({field:_i(r)}),[r]),o=V(),s=G(tt,{filter:i,first:Oi,orderBy:a,lang:o},{keepPrevious:!0}),c=!yi(r),l=G(rt,{first:ki,lang:o},{keepPrevious:!0,skip:!c}),u=c?l.data?.caseStudies.nodes??[]:[],d=`${e}|${n??``}|${o}`,[f,p]=P(null),[m,h]=P(!1),[g,_]=P(null),[v,y]=P(null),[b,x]=P(!1),[S,C]=P(r.q),w=I(null),T=I(null);nn(r.q?t.home.titleSearch(r.q):t.home.title),F(()=>C(r.q),[r.q]);let E=s.data;F(()=>{E&&!s.loading&&performance.mark(`costar:star-ready`)},[E,s.loading]);let D=f?.key===d&&!s.loading?f:null,O=E?[...E.caseStudies.nodes,...D?.nodes??[]]:[],ee=D?D.hasNextPage:E?.caseStudies.pageInfo.hasNextPage??!1,te=D?D.endCursor:E?.caseStudies.pageInfo.endCursor??null,ne=E?.caseStudies.totalCount??0;F(()=>{v!=null&&((w.current?.querySelectorAll(`.result-title a`))?.[v]?.focus(),y(null))},[v,O.length]);let k=(e,t=!1)=>{mn(hi(e),{keepScroll:!0,keepFocus:!0}),t&&T.current?.focus()},re=async()=>{if(te){h(!0),_(null);try{let e=await z(nt,{filter:i,first:Oi,after:te,orderBy:a,lang:o});y(O.length),p({key:d,nodes:[...D?.nodes??[],...e.caseStudies.nodes],hasNextPage:e.caseStudies.pageInfo.hasNextPage,endCursor:e.caseStudies.pageInfo.endCursor})}catch(e){e instanceof R&&_(e)}finally{h(!1)}}},A=[...r.q?[{label:t.home.searchFor(r.q),next:{...r,q:``,sort:null}}]:[],...r.co.map(e=>({label:t.labels.co[e],next:{...r,co:bi(r.co,e)}})),...r.step.map(e=>({label:t.labels.step[e],next:{...r,step:bi(r.step,e)}})),...r.area?[{label:t.labels.area[r.area],next:{...r,area:null}}]:[],...r.nation.map(e=>({label:t.labels.nation[e],next:{...r,nation:bi(r.nation,e)}})),...r.lang.map(e=>({label:t.labels.languageName(e),next:{...r,lang:bi(r.lang,e)}})),...r.evidence==null?[]:[{label:`${t.home.facetEvidence}: ${t.home.evidenceAtLeast(r.evidence)}`,next:{...r,evidence:null}}]];return q(`div`,{class:`home`,children:[q(`h1`,{children:t.home.title}),q(`p`,{class:`lead`,children:t.home.intro}),q(`form`,{class:`search`,role:`search`,onSubmit:e=>{e.preventDefault(),k({...r,q:S.trim(),sort:null},!0)},children:[q(`label`,{for:`q`,class:`label`,children:t.home.searchLabel}),q(`p`,{class:`hint`,id:`q-hint`,children:t.home.searchHint}),q(`div`,{class:`search-row`,children:[q(`input`,{type:`search`,id:`q`,name:`q`,class:`input`,"aria-describedby":`q-hint`,value:S,onInput:e=>C(e.currentTarget.value)}),q(`button`,{type:`submit`,class:`button`,children:t.home.searchButton})]})]}),q(`section`,{class:`star-section`,"aria-labelledby":`star-h`,children:[q(`h2`,{id:`star-h`,children:t.home.starHeading}),E?q(Di,{matrix:E.caseStudyFacets.coStepMatrix,selectedCo:r.co,selectedStep:r.step,busy:s.loading,onCell:(e,t)=>{let n=r.co.length===1&&r.step.length===1&&r.co[0]===e&&r.step[0]===t;k(n?{...r,co:[],step:[]}:{...r,co:[e],step:[t]})},onCo:e=>k({...r,co:bi(r.co,e)}),onStep:e=>k({...r,step:bi(r.step,e)})}):s.error?q(bn,{error:s.error,onRetry:s.reload}):q(Y,{})]}),u.length>0&&q(ci,{items:u}),q(`div`,{class:`explore`,children:[q(`section`,{class:`filters${b?``:` is-collapsed`}`,"aria-labelledby":`filters-h`,children:[q(`h2`,{id:`filters-h`,class:`filters-heading`,children:t.home.filtersHeading}),q(`button`,{type:`button`,class:`button button-secondary filters-toggle`,"aria-expanded":b,"aria-controls":`filters-panel`,onClick:()=>x(!b),children:t.home.filtersHeading}),q(`div`,{id:`filters-panel`,class:`filters-panel`,children:E&&q(Ti,{facets:E.caseStudyFacets,state:r,onChange:e=>k(e)})})]}),q(`section`,{class:`results-section`,"aria-labelledby":`results-h`,"aria-busy":s.loading,children:[q(`div`,{class:`results-head`,children:[q(`h2`,{id:`results-h`,tabIndex:-1,ref:T,children:t.home.resultsHeading}),q(`p`,{class:`results-count`,"aria-live":`polite`,"aria-atomic":`true`,children:E?t.home.count(ne):``}),q(`div`,{class:`sort`,children:[q(`label`,{for:`sort`,class:`label-inline`,children:t.home.sortLabel}),q(`select`,{id:`sort`,class:`select`,value:_i(r),onChange:e=>{let t=e.currentTarget.value;k({...r,sort:Pn.find(e=>e===t)??null})},children:Pn.filter(e=>e!==`RELEVANCE`||r.q).map(e=>q(`option`,{value:e,children:t.labels.order[e]},e))})]})]}),A.length>0&&q(`div`,{class:`active-filters`,children:[q(`h3`,{class:`visually-hidden`,children:t.home.activeFilters}),q(`ul`,{class:`filter-chips`,children:A.map(e=>q(`li`,{children:q(`button`,{type:`button`,class:`filter-chip`,"aria-label":t.home.removeFilter(e.label),onClick:()=>k(e.next,!0),children:[e.label,q(`span`,{"aria-hidden":`true`,children:` ×`})]})},e.label))}),yi(r)&&q(`button`,{type:`button`,class:`link-button`,onClick:()=>k(li,!0),children:t.home.clearFilters})]}),s.error&&E&&q(bn,{error:s.error,onRetry:s.reload}),!E&&!s.error&&q(Y,{}),E&&q(`div`,{ref:w,class:s.loading?`is-stale`:``,children:[O.length===0?q(`p`,{class:`empty`,children:t.home.noResults}):q(si,{items:O}),O.length>0&&q(`p`,{class:`showing`,children:t.home.showing(O.length,ne)}),g&&q(`p`,{class:`error-text`,role:`alert`,children:K(g)}),ee&&q(`button`,{type:`button`,class:`button button-secondary`,disabled:m,onClick:()=>void re(),children:m?t.home.loadingMore:t.home.loadMore})]})]})]})]})}function ji(e,t){return(e?.errors??[]).map(e=>{let n=e.code===`BAD_USER_INPUT`&&e.field?t(e.field.replace(/^input\./,``)):null;return{key:n,message:n?e.message:K(new R([e],0))}})}function Mi(e,t){return new R([kt(`BAD_USER_INPUT`,e,t)],0)}function Ni(e){return e.replace(/[^A-Za-z0-9_-]/g,``)}function Pi(e){let t=document.getElementById(e),n=t instanceof HTMLFieldSetElement?t.querySelector(`input, select`):t;n instanceof HTMLElement&&n.focus()}function Fi({error:e,problems:t,idOf:n}){let r=H(),i=I(null);return F(()=>{e&&i.current?.focus()},[e]),t.length===0?null:q(`div`,{class:`error-summary form-problems`,role:`alert`,tabIndex:-1,ref:i,children:[q(`p`,{class:`error-summary-title`,children:r.toolkitEdit.problem}),q(`ul`,{children:t.map((e,t)=>{let r=e.key;return q(`li`,{children:r?q(`a`,{href:`#${n(r)}`,onClick:e=>{e.preventDefault(),Pi(n(r))},children:e.message}):e.message},t)})})]})}function Ii(){let[e,t]=P(!1),[n,r]=P(null);return{busy:e,error:n,setError:r,run:async e=>{t(!0),r(null);try{return await e(),!0}catch(e){if(e instanceof R)r(e);else throw e;return!1}finally{t(!1)}}}}function Li(e,t){return e.find(e=>e.key===t)?.message??null}var Ri=0,zi=Array.from({length:31},(e,t)=>t),Bi=155;function Vi(e=0,t=`COUNCIL_COST`){return Ri+=1,{key:Ri,year:e,category:t,amount:``}}function Hi(e){if(e===`discountRate`)return`rate`;if(e===`currency`)return`currency`;let t=/^flows\[(\d+)\](?:\.(year|category|amount))?/.exec(e);return t?`row.${t[1]??`0`}.${t[2]??`amount`}`:e.startsWith(`flows`)?`flows`:null}var Ui=e=>`bce-${e.replace(/\./g,`-`)}`;function Wi(e){return String(Number((e*100).toFixed(6)))}function Gi({initiativeId:e,current:t,onSaved:n}){let r=H(),i=r.toolkitEdit,[a,o]=P(()=>t?Wi(t.discountRate):`3.5`),[s,c]=P(t?.currency??`GBP`),[l,u]=P(()=>t&&t.flows.length>0?t.flows.map(e=>({...Vi(e.year,e.category),amount:String(e.amount)})):[Vi()]),[d,f]=P(null),[p,m]=P(null),h=I(null),{busy:g,error:_,run:v}=Ii(),y=ji(_,Hi),b=e=>Li(y,e),x=e=>b(e)?!0:void 0;F(()=>{p!=null&&(document.getElementById(Ui(`row.${p}.year`))?.focus(),m(null))},[p]);let S=(e,t)=>u(n=>n.map(n=>n.key===e?{...n,...t}:n)),C=()=>{let e=l[l.length-1];u([...l,Vi(e?Math.min(30,e.year+1):0,e?.category)]),m(l.length)},w=e=>{u(l.filter(t=>t.key!==e)),h.current?.focus()},T=async t=>{t.preventDefault(),f(null),await v(async()=>{let t=Number(a);if(a.trim()===``||!Number.isFinite(t))throw Mi(i.enterNumber,`discountRate`);if(t<0||t>100)throw Mi(i.rateRange,`discountRate`);if(l.length===0)throw Mi(i.noRows,`flows`);let n=l.map((e,t)=>{let n=Number(e.amount);if(e.amount.trim()===``||!Number.isFinite(n))throw Mi(i.enterNumber,`flows[${t}].amount`);return{year:e.year,category:e.category,amount:n}}),r=await z(Dt,{initiativeId:e,input:{discountRate:t/100,currency:s.trim().toUpperCase(),flows:n}});f(r.setBusinessCase)})&&n()},E=b(`flows`),D=(e,t)=>{let n=`row.${e}.${t}`;return{key:n,id:Ui(n),error:b(n)}};return q(`section`,{class:`toolkit-edit`,"aria-labelledby":`bce-h`,children:[q(`h4`,{id:`bce-h`,children:i.editHeading}),q(`p`,{class:`hint`,children:i.editIntro}),q(`div`,{"aria-live":`polite`,class:`live`,children:d&&q(`div`,{class:`notice notice-success business-case-saved`,children:q(`p`,{children:i.savedCase(Kt(d.npv,d.currency),d.benefitCostRatio==null?r.businessCase.notDefined:U(d.benefitCostRatio,{maximumFractionDigits:2}))})})}),q(Fi,{error:_,problems:y,idOf:Ui}),q(`form`,{class:`form business-case-form`,noValidate:!0,onSubmit:e=>void T(e),children:[q(`div`,{class:`inline-fields`,children:[q(Q,{id:`bce-rate`,label:i.rate,hint:i.rateHint,error:b(`rate`),children:q(`span`,{class:`input-with-unit`,children:[q(`input`,{type:`number`,id:`bce-rate`,class:`input input-number`,min:0,max:100,step:`any`,inputMode:`decimal`,value:a,"aria-invalid":x(`rate`),"aria-describedby":Z(`bce-rate`,i.rateHint,b(`rate`)),onInput:e=>o(e.currentTarget.value)}),q(`span`,{class:`unit`,"aria-hidden":`true`,children:`%`})]})}),q(Q,{id:`bce-currency`,label:i.currency,hint:i.currencyHint,error:b(`currency`),children:q(`input`,{type:`text`,id:`bce-currency`,class:`input input-currency`,maxLength:3,autoComplete:`off`,autoCapitalize:`characters`,spellcheck:!1,value:s,"aria-invalid":x(`currency`),"aria-describedby":Z(`bce-currency`,i.currencyHint,b(`currency`)),onInput:e=>c(e.currentTarget.value)})})]}),q(`fieldset`,{id:`bce-flows`,class:`field${E?` has-error`:``}`,"aria-describedby":Z(`bce-flows`,i.flowsHint,E),children:[q(`legend`,{class:`label`,children:i.flowsCaption}),q(`p`,{class:`hint`,id:`bce-flows-hint`,children:i.flowsHint}),q(Gn,{id:`bce-flows`,error:E}),q(`div`,{class:`table-scroll`,children:q(`table`,{class:`data-table flows-table`,children:[q(`thead`,{children:q(`tr`,{children:[q(`th`,{scope:`col`,children:i.year}),q(`th`,{scope:`col`,children:i.category}),q(`th`,{scope:`col`,children:i.amount}),q(`th`,{scope:`col`,children:q(`span`,{class:`visually-hidden`,children:i.remove})})]})}),q(`tbody`,{children:l.map((e,t)=>{let n=D(t,`year`),a=D(t,`category`),o=D(t,`amount`);return q(`tr`,{class:`flow-row`,children:[q(`td`,{children:[q(`label`,{class:`cell-label`,for:n.id,children:i.rowLabel(i.year,t+1)}),q(Gn,{id:n.id,error:n.error}),q(`select`,{id:n.id,class:`select flow-year`,value:String(e.year),"aria-invalid":n.error?!0:void 0,"aria-describedby":Z(n.id,void 0,n.error),onChange:t=>S(e.key,{year:Number(t.currentTarget.value)}),children:zi.map(e=>q(`option`,{value:String(e),children:String(e)},e))})]}),q(`td`,{children:[q(`label`,{class:`cell-label`,for:a.id,children:i.rowLabel(i.category,t+1)}),q(Gn,{id:a.id,error:a.error}),q(`select`,{id:a.id,class:`select flow-category`,value:e.category,"aria-invalid":a.error?!0:void 0,"aria-describedby":Z(a.id,void 0,a.error),onChange:t=>{let n=t.currentTarget.value;Hn(Rn,n)&&S(e.key,{category:n})},children:Rn.map(e=>q(`option`,{value:e,children:r.labels.cashFlowCategory[e]},e))})]}),q(`td`,{children:[q(`label`,{class:`cell-label`,for:o.id,children:i.rowLabel(i.amount,t+1)}),q(Gn,{id:o.id,error:o.error}),q(`input`,{type:`number`,id:o.id,class:`input input-amount flow-amount`,min:0,step:`any`,inputMode:`decimal`,value:e.amount,"aria-invalid":o.error?!0:void 0,"aria-describedby":Z(o.id,void 0,o.error),onInput:t=>S(e.key,{amount:t.currentTarget.value})})]}),q(`td`,{children:q(`button`,{type:`button`,class:`button button-secondary button-small`,"aria-label":i.removeRow(t+1),disabled:l.length===1,onClick:()=>w(e.key),children:i.remove})})]},e.key)})})]})}),q(`button`,{type:`button`,class:`button button-secondary`,ref:h,disabled:l.length>=Bi,onClick:C,children:i.addRow})]}),q(`button`,{type:`submit`,class:`button`,disabled:g,children:g?i.saving:i.saveCase})]})]})}function Ki({initiativeId:e,copied:t,onCopied:n}){let r=H(),i=r.toolkitEdit,a=G(wt,{}),o=a.data?.incentiveTemplates,[s,c]=P([]),[l,u]=P(null),{busy:d,error:f,run:p}=Ii(),m=ji(f,e=>e===`templateIds`||e.startsWith(`templateIds[`)?`templateIds`:null),h=Li(m,`templateIds`),g=async t=>{t.preventDefault(),u(null),await p(async()=>{if(s.length===0)throw Mi(i.chooseTemplate,`templateIds`);let t=await z(Tt,{initiativeId:e,templateIds:[...s]});u(t.copyIncentiveTemplates.length)})&&(c([]),n())};return q(`section`,{class:`toolkit-edit`,"aria-labelledby":`copy-h`,children:[q(`h4`,{id:`copy-h`,children:i.copyHeading}),q(`p`,{class:`hint`,children:i.copyIntro}),q(`div`,{"aria-live":`polite`,class:`live`,children:l!=null&&q(`div`,{class:`notice notice-success incentives-copied`,children:q(`p`,{children:i.copied(l)})})}),a.error?q(bn,{error:a.error,onRetry:a.reload}):o?o.length===0?q(`p`,{class:`empty`,children:i.noTemplates}):q(b,{children:[q(Fi,{error:f,problems:m,idOf:()=>`copy-templates`}),q(`form`,{class:`form copy-templates`,noValidate:!0,onSubmit:e=>void g(e),children:[q(`fieldset`,{id:`copy-templates`,class:`field${h?` has-error`:``}`,"aria-describedby":Z(`copy-templates`,void 0,h),children:[q(`legend`,{class:`label`,children:i.copyLegend}),q(Gn,{id:`copy-templates`,error:h}),q(`div`,{class:`checkboxes`,children:o.map(e=>{let n=`copy-${Ni(e.id)}`,a=s.includes(e.id);return q(`div`,{class:`checkbox`,children:[q(`input`,{type:`checkbox`,id:n,checked:a,"aria-describedby":`${n}-meta`,onChange:()=>c(a?s.filter(t=>t!==e.id):[...s,e.id])}),q(`label`,{for:n,children:[e.title,` `,q(`span`,{class:`hint-inline`,id:`${n}-meta`,children:[i.templateMeta(e.publisher.name,r.labels.targetGroup[e.targetGroup],r.labels.incentiveKind[e.kind]),t.includes(e.id)&&` ${i.alreadyCopied}`]})]})]},e.id)})})]}),q(`button`,{type:`submit`,class:`button`,disabled:d,children:d?i.copying:i.copySubmit})]})]}):q(Y,{})]})}var qi=[`people`,`from`,`to`];function Ji({incentiveId:e,onRecorded:t}){let n=H(),r=n.toolkitEdit,[i,a]=P(``),[o,s]=P(``),[c,l]=P(``),[u,d]=P(null),{busy:f,error:p,run:m}=Ii(),h=`uptake-${Ni(e)}`,g=e=>`${h}-${e}`,_=ji(p,e=>Hn(qi,e)?e:null),v=e=>Li(_,e),y=async u=>{u.preventDefault(),d(null),await m(async()=>{let t=Number(i);if(i.trim()===``||!Number.isInteger(t)||t<0)throw Mi(r.enterWholeNumber,`people`);if(!o)throw Mi(r.enterDate,`from`);if(!c)throw Mi(r.enterDate,`to`);await z(Et,{incentiveId:e,input:{people:t,from:o,to:c}}),d(r.recorded(n.toolkit.people(t),W(o),W(c)))})&&(a(``),s(``),l(``),t())},b=(e,t,n,r)=>q(Q,{id:g(e),label:t,error:v(e),children:q(`input`,{type:e===`people`?`number`:`date`,id:g(e),class:`input ${e===`people`?`input-number`:`input-date`}`,min:e===`people`?0:void 0,step:e===`people`?1:void 0,inputMode:e===`people`?`numeric`:void 0,value:n,"aria-invalid":v(e)?!0:void 0,"aria-describedby":Z(g(e),void 0,v(e)),onInput:e=>r(e.currentTarget.value)})});return q(`form`,{class:`uptake-form`,noValidate:!0,onSubmit:e=>void y(e),children:[q(`div`,{"aria-live":`polite`,class:`live`,children:u&&q(`div`,{class:`notice notice-success uptake-recorded`,children:q(`p`,{children:u})})}),q(Fi,{error:p,problems:_,idOf:g}),q(`fieldset`,{class:`subform`,children:[q(`legend`,{class:`label`,children:r.uptakeLegend}),q(`div`,{class:`inline-fields`,children:[b(`people`,r.uptakePeople,i,a),b(`from`,r.uptakeFrom,o,s),b(`to`,r.uptakeTo,c,l)]}),q(`button`,{type:`submit`,class:`button button-secondary`,disabled:f,children:f?r.recording:r.uptakeSubmit})]})]})}var Yi={category:``,description:``,availability:[]},Xi=300,Zi=64;function Qi(){return{reference:``,consentedOn:Dr(),willingness:`AS_NOW`,offers:Yi,needs:Yi}}function $i(e){let t=/^(reference|consentedOn|willingness)$/.exec(e);if(t)return t[1]??null;let n=/^(offers|needs)(?:\[\d+\])?(?:\.(category|description|availability))?/.exec(e);return n?`${n[1]??``}.${n[2]??`category`}`:null}var $=e=>`pa-${e.replace(`.`,`-`)}`;function ea({initiativeId:e,onAdded:t}){let n=H(),r=n.toolkitEdit,[i,a]=P(Qi),[o,s]=P(null),{busy:c,error:l,run:u}=Ii(),d=ji(l,$i),f=e=>Li(d,e),p=e=>f(e)?!0:void 0,m=e=>{let t=i[e];if(!t.category&&!t.description.trim()&&t.availability.length===0)return[];if(!t.category)throw Mi(r.chooseKind,`input.${e}[0].category`);let n=In.filter(e=>t.availability.includes(e));return[{category:t.category,description:t.description.trim(),availability:n}]},h=async n=>{n.preventDefault(),s(null),await u(async()=>{let t=await z(St,{initiativeId:e,input:{reference:i.reference.trim(),consentedOn:i.consentedOn,willingness:i.willingness,offers:m(`offers`),needs:m(`needs`)}});s(t.addParticipant.reference)})&&(a(Qi()),t())},g=(e,t)=>a(n=>({...n,[e]:{...n[e],...t}})),_=(e,t)=>{let a=i[e],o=`${e}.category`,s=`${e}.description`,c=`${e}.availability`,l=`${$(e)}-legend`;return q(`fieldset`,{class:`subform`,"aria-labelledby":l,"aria-describedby":`${l}-hint`,children:[q(`legend`,{class:`label`,id:l,children:t}),q(`p`,{class:`hint`,id:`${l}-hint`,children:r.contributionHint}),q(Q,{id:$(o),label:r.kind,error:f(o),children:q(`select`,{id:$(o),class:`select`,value:a.category,"aria-invalid":p(o),"aria-describedby":Z($(o),void 0,f(o)),onChange:t=>{let n=t.currentTarget.value;g(e,{category:Hn(Fn,n)?n:``})},children:[q(`option`,{value:``,children:r.noKind}),Fn.map(e=>q(`option`,{value:e,children:n.labels.contribution[e]},e))]})}),q(Q,{id:$(s),label:r.description,hint:r.descriptionHint,error:f(s),children:q(`textarea`,{id:$(s),class:`textarea`,rows:2,maxLength:Xi,value:a.description,"aria-invalid":p(s),"aria-describedby":Z($(s),r.descriptionHint,f(s)),onInput:t=>g(e,{description:t.currentTarget.value})})}),q(`fieldset`,{id:$(c),class:`field${f(c)?` has-error`:``}`,"aria-describedby":Z($(c),r.availabilityHint,f(c)),children:[q(`legend`,{class:`label`,children:r.availability}),q(`p`,{class:`hint`,id:`${$(c)}-hint`,children:r.availabilityHint}),q(Gn,{id:$(c),error:f(c)}),q(`div`,{class:`checkboxes checkboxes-inline`,children:In.map(t=>{let r=`${$(c)}-${t}`;return q(`div`,{class:`checkbox`,children:[q(`input`,{type:`checkbox`,id:r,checked:a.availability.includes(t),"aria-invalid":p(c),onChange:()=>g(e,{availability:a.availability.includes(t)?a.availability.filter(e=>e!==t):[...a.availability,t]})}),q(`label`,{for:r,children:n.labels.availability[t]})]},t)})})]})]})};return q(`section`,{class:`toolkit-edit`,"aria-labelledby":`pa-h`,children:[q(`h4`,{id:`pa-h`,children:r.addHeading}),q(`p`,{class:`hint`,children:r.addIntro}),q(`div`,{"aria-live":`polite`,class:`live`,children:o&&q(`div`,{class:`notice notice-success participant-added`,children:q(`p`,{children:r.added(o)})})}),q(Fi,{error:l,problems:d,idOf:$}),q(`form`,{class:`form participant-form`,noValidate:!0,onSubmit:e=>void h(e),children:[q(Q,{id:`pa-reference`,label:r.reference,hint:r.referenceHint,error:f(`reference`),children:q(`input`,{type:`text`,id:`pa-reference`,class:`input input-short`,autoComplete:`off`,spellcheck:!1,maxLength:Zi,value:i.reference,"aria-invalid":p(`reference`),"aria-describedby":Z(`pa-reference`,r.referenceHint,f(`reference`)),onInput:e=>{let t=e.currentTarget.value;a(e=>({...e,reference:t}))}})}),q(Q,{id:`pa-consentedOn`,label:r.consentedOn,hint:r.consentedOnHint,error:f(`consentedOn`),children:q(`input`,{type:`date`,id:`pa-consentedOn`,class:`input input-date`,max:Dr(),value:i.consentedOn,"aria-invalid":p(`consentedOn`),"aria-describedby":Z(`pa-consentedOn`,r.consentedOnHint,f(`consentedOn`)),onInput:e=>{let t=e.currentTarget.value;a(e=>({...e,consentedOn:t}))}})}),q(Q,{id:`pa-willingness`,label:r.willingness,error:f(`willingness`),children:q(`select`,{id:`pa-willingness`,class:`select`,value:i.willingness,"aria-invalid":p(`willingness`),"aria-describedby":Z(`pa-willingness`,void 0,f(`willingness`)),onChange:e=>{let t=e.currentTarget.value;Hn(Ln,t)&&a(e=>({...e,willingness:t}))},children:Ln.map(e=>q(`option`,{value:e,children:n.labels.willingness[e]},e))})}),_(`offers`,r.offerLegend),_(`needs`,r.needLegend),q(`button`,{type:`submit`,class:`button`,disabled:c,children:c?r.adding:r.addSubmit})]})]})}function ta({participant:e,onWithdrawn:t}){let n=H().toolkitEdit,[r,i]=P(!1),{busy:a,error:o,setError:s,run:c}=Ii(),l=I(null),u=I(null),d=`withdraw-${Ni(e.id)}`;F(()=>{r&&l.current?.focus()},[r]);let f=async()=>{await c(async()=>{t((await z(Ct,{id:e.id})).withdrawParticipantConsent.withdrawnAt??new Date().toISOString())})};return r?q(`div`,{class:`confirm`,role:`group`,"aria-labelledby":`${d}-q`,children:[q(`p`,{id:`${d}-q`,class:`confirm-question`,tabIndex:-1,ref:l,children:n.withdrawConfirm(e.reference)}),o&&q(`p`,{class:`error-text`,role:`alert`,children:K(o)}),q(`div`,{class:`actions`,children:[q(`button`,{type:`button`,class:`button button-warning`,disabled:a,onClick:()=>void f(),children:a?n.withdrawing:n.withdrawYes}),q(`button`,{type:`button`,class:`button button-secondary`,disabled:a,onClick:()=>{i(!1),setTimeout(()=>u.current?.focus(),0)},children:n.withdrawNo})]})]}):q(`button`,{type:`button`,class:`button button-secondary withdraw-consent`,ref:u,onClick:()=>{s(null),i(!0)},children:[n.withdraw,q(`span`,{class:`visually-hidden`,children:n.withdrawWho(e.reference)})]})}function na({id:e,label:t,tabs:n}){let[r,i]=P(null),[a,o]=P([]),s=I(new Map),c=n.find(e=>e.key===r)?.key??n[0]?.key,l=(e,t)=>{i(e),o(t=>[...new Set([...t,...c?[c]:[],e])]),t&&s.current.get(e)?.focus()},u=(e,t)=>{let r={ArrowRight:t+1,ArrowLeft:t-1,Home:0,End:n.length-1}[e.key],i=r===void 0?void 0:n[(r+n.length)%n.length];i&&(e.preventDefault(),l(i.key,!0))};return q(`div`,{class:`tabs`,children:[q(`div`,{class:`tablist`,role:`tablist`,"aria-label":t,children:n.map((t,n)=>{let r=t.key===c;return q(`button`,{type:`button`,role:`tab`,class:`tab`,id:`${e}-tab-${t.key}`,"aria-selected":r?`true`:`false`,"aria-controls":`${e}-panel-${t.key}`,tabIndex:r?0:-1,ref:e=>{e?s.current.set(t.key,e):s.current.delete(t.key)},onClick:()=>l(t.key,!1),onKeyDown:e=>u(e,n),children:t.label},t.key)})}),n.map(t=>{let n=t.key===c;return q(`div`,{class:`tabpanel`,role:`tabpanel`,id:`${e}-panel-${t.key}`,"aria-labelledby":`${e}-tab-${t.key}`,tabIndex:0,hidden:!n,children:(n||a.includes(t.key))&&t.panel()},t.key)})]})}function ra(e,t){return t.count==null?t.countSuppressed?e.toolkit.fewerThan5:e.common.notKnown:U(t.count)}function ia(e,t){return t.count==null?t.countSuppressed?e.toolkit.fewerPeople:e.common.notKnown:e.toolkit.people(t.count)}function aa(e,t){return t.map(t=>e.labels.availability[t]).join(`, `)}function oa({id:e,owner:t}){let n=H(),r=V(),{viewer:i}=Qt(),a=G(_t,{id:e,lang:r},{partial:!0,keepPrevious:!0}),o=a.data?.node,s=o?.__typename===`Initiative`?o:null,c=i?.organisation.slug===t.slug,l=c&&$t(i),u=a.reload,d=e=>()=>s?e(s):a.error?q(bn,{error:a.error,onRetry:a.reload}):a.loading?q(Y,{}):null,f=[{key:`assets`,label:n.toolkit.tabs.assets,panel:d(e=>q(sa,{toolkit:e}))},{key:`incentives`,label:n.toolkit.tabs.incentives,panel:d(e=>q(ca,{toolkit:e,editable:l,onChanged:u}))},{key:`charter`,label:n.toolkit.tabs.charter,panel:d(e=>q(la,{toolkit:e}))},{key:`business-case`,label:n.toolkit.tabs.businessCase,panel:d(t=>q(ua,{id:e,toolkit:t,editable:l,onChanged:u}))}];return l&&f.push({key:`matches`,label:n.toolkit.tabs.matches,panel:()=>q(da,{id:e,owner:t.name})}),c&&f.push({key:`participants`,label:n.toolkit.tabs.participants,panel:()=>q(fa,{id:e,owner:t.name,editable:l,onChanged:u})}),q(`section`,{class:`section toolkit`,"aria-labelledby":`toolkit-h`,children:[q(`h2`,{id:`toolkit-h`,children:n.toolkit.heading}),q(na,{id:`toolkit`,label:n.toolkit.tabsLabel,tabs:f})]})}function sa({toolkit:e}){let t=H(),n=e.assetSummary,r=e=>Fn.indexOf(e.category),i=[...n.categories].sort((e,t)=>r(e)-r(t));return q(b,{children:[q(`h3`,{children:t.toolkit.summaryHeading}),q(`p`,{class:`hint`,children:t.toolkit.summaryIntro}),q(`dl`,{class:`summary-list toolkit-counts`,children:[q(`div`,{children:[q(`dt`,{children:t.toolkit.participantCount}),q(`dd`,{class:`participant-count`,children:ra(t,n.participants)})]}),q(`div`,{children:[q(`dt`,{children:t.toolkit.assetCount}),q(`dd`,{children:U(n.assets)})]})]}),i.length===0?q(`p`,{class:`empty`,children:t.toolkit.noCategories}):q(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":`asset-summary-caption`,tabIndex:0,children:q(`table`,{class:`data-table asset-summary`,children:[q(`caption`,{id:`asset-summary-caption`,children:t.toolkit.summaryCaption}),q(`thead`,{children:q(`tr`,{children:[q(`th`,{scope:`col`,children:t.toolkit.category}),q(`th`,{scope:`col`,class:`num`,children:t.toolkit.offers}),q(`th`,{scope:`col`,class:`num`,children:t.toolkit.needs}),q(`th`,{scope:`col`,class:`num`,children:t.toolkit.matches})]})}),q(`tbody`,{children:i.map(e=>q(`tr`,{"data-category":e.category,children:[q(`th`,{scope:`row`,children:t.labels.contribution[e.category]}),q(`td`,{class:`num count-offers`,children:ra(t,e.offers)}),q(`td`,{class:`num count-needs`,children:ra(t,e.needs)}),q(`td`,{class:`num count-matches`,children:ra(t,e.matches)})]},e.category))})]})}),q(`h3`,{children:t.toolkit.assetsHeading}),e.assets.length===0?q(`p`,{class:`empty`,children:t.toolkit.noAssets}):q(`ul`,{class:`card-list asset-list`,children:e.assets.map(e=>q(`li`,{class:`card asset`,children:[q(`p`,{class:`card-badges`,children:[q(`span`,{class:`badge`,children:t.labels.assetKind[e.kind]}),` `,q(`span`,{class:`badge`,children:t.labels.visibilityShort[e.visibility]})]}),q(`p`,{class:`asset-description`,children:e.description}),(e.location??e.contactRoute)&&q(`dl`,{class:`summary-list`,children:[e.location&&q(`div`,{children:[q(`dt`,{children:t.toolkit.assetLocation}),q(`dd`,{children:e.location})]}),e.contactRoute&&q(`div`,{children:[q(`dt`,{children:t.toolkit.assetContact}),q(`dd`,{children:e.contactRoute})]})]})]},e.id))})]})}function ca({toolkit:e,editable:t,onChanged:n}){let r=H();return q(b,{children:[q(`h3`,{children:r.toolkit.incentivesHeading}),q(`p`,{class:`hint`,children:r.toolkit.incentivesIntro}),e.incentives.length===0?q(`p`,{class:`empty`,children:r.toolkit.noIncentives}):q(`ul`,{class:`card-list incentive-list`,children:e.incentives.map(e=>q(`li`,{class:`card incentive`,children:[q(`h4`,{class:`incentive-title`,children:e.title}),e.example&&q(`p`,{children:e.example}),q(`p`,{class:`incentive-source`,children:e.template?r.toolkit.fromTemplate(e.template.publisher.name,e.template.title):r.toolkit.ownIncentive}),q(`dl`,{class:`summary-list`,children:[q(`div`,{children:[q(`dt`,{children:r.toolkit.targetGroup}),q(`dd`,{class:`incentive-target`,children:r.labels.targetGroup[e.targetGroup]})]}),q(`div`,{children:[q(`dt`,{children:r.toolkit.incentiveKind}),q(`dd`,{children:r.labels.incentiveKind[e.kind]})]}),q(`div`,{children:[q(`dt`,{children:r.toolkit.cost}),q(`dd`,{children:e.cost==null?r.toolkit.noCost:Kt(e.cost,e.currency,!Number.isInteger(e.cost))})]}),q(`div`,{children:[q(`dt`,{children:r.toolkit.totalUptake}),q(`dd`,{class:`incentive-uptake`,children:ia(r,e.totalUptake)})]})]}),q(`h5`,{children:r.toolkit.uptakeHeading}),e.uptake.length===0?q(`p`,{class:`empty`,children:r.toolkit.noUptake}):q(`ul`,{class:`plain-list`,children:e.uptake.map((e,t)=>q(`li`,{children:[r.toolkit.period(W(e.from),W(e.to)),`: `,ia(r,e.people)]},t))}),t&&q(Ji,{incentiveId:e.id,onRecorded:n})]},e.id))}),t&&q(Ki,{initiativeId:e.id,copied:e.incentives.flatMap(e=>e.template?[e.template.id]:[]),onCopied:n})]})}function la({toolkit:e}){let t=H();return q(b,{children:[q(`h3`,{children:t.toolkit.charterHeading}),e.charters.length===0?q(`p`,{class:`empty`,children:t.toolkit.noCharters}):q(`ul`,{class:`card-list charter-sources`,children:e.charters.map(e=>q(`li`,{class:`card charter-source`,children:[q(`h4`,{lang:e.servedLanguage,children:e.title}),e.template?q(b,{children:[q(`p`,{class:`adapted-from`,children:t.toolkit.adaptedFrom(e.template.title)}),q(`p`,{class:`hint`,children:t.toolkit.templateBy(e.template.publisher.name)}),q(`h5`,{children:t.toolkit.differencesHeading}),e.templateDifferences.length===0?q(`p`,{class:`empty`,children:t.toolkit.noDifferences}):q(`ul`,{class:`template-differences`,children:e.templateDifferences.map((e,n)=>q(`li`,{class:`difference difference-${e.change.toLowerCase()}`,children:[q(`strong`,{children:[t.labels.templateChange[e.change],` `,t.labels.charterPart[e.part],`:`]}),` `,e.text]},n))})]}):q(`p`,{children:t.toolkit.ownCharter})]},e.id))})]})}function ua({id:e,toolkit:t,editable:n,onChanged:r}){let i=H(),a=t.businessCase;return q(b,{children:[q(`h3`,{children:i.toolkit.businessCaseHeading}),a?q(b,{children:[q(`p`,{class:`hint`,children:i.businessCase.basis(on(a.discountRate),a.currency)}),q(sn,{id:`bc-tab`,businessCase:a}),q(`p`,{children:q(`a`,{href:J.businessCase(e),class:`printable-link`,children:i.toolkit.printable})})]}):q(`p`,{class:`empty`,children:i.toolkit.noBusinessCase}),n&&q(Gi,{initiativeId:e,current:a,onSaved:r})]})}function da({id:e,owner:t}){let n=H(),r=G(yt,{initiativeId:e}),i=r.data?.matches;return q(b,{children:[q(`h3`,{children:n.toolkit.matchesHeading}),q(`p`,{class:`hint`,children:[n.toolkit.matchesIntro,` `,n.toolkit.ownerOnly(t)]}),r.error?q(bn,{error:r.error,onRetry:r.reload}):i?i.length===0?q(`p`,{class:`empty`,children:n.toolkit.noMatches}):q(`ol`,{class:`card-list offer-matches`,children:i.map((e,t)=>q(`li`,{class:`card offer-match`,"data-category":e.category,children:[q(`h4`,{class:`offer-match-title`,children:[q(`span`,{class:`offer-match-category`,children:n.labels.contribution[e.category]}),` `,q(`span`,{class:`badge`,children:n.toolkit.fit(Math.round(e.score*100))})]}),q(`dl`,{class:`summary-list`,children:[q(`div`,{children:[q(`dt`,{children:n.toolkit.offer}),q(`dd`,{children:e.offer.description})]}),q(`div`,{children:[q(`dt`,{children:n.toolkit.offeredBy}),q(`dd`,{class:`participant-ref`,children:e.offeredBy.reference})]}),q(`div`,{children:[q(`dt`,{children:n.toolkit.need}),q(`dd`,{children:e.need.description})]}),q(`div`,{children:[q(`dt`,{children:n.toolkit.neededBy}),q(`dd`,{class:`participant-ref`,children:e.neededBy.reference})]}),q(`div`,{children:[q(`dt`,{children:n.toolkit.sharedAvailability}),q(`dd`,{children:e.sharedAvailability.length===0?n.toolkit.noSharedAvailability:aa(n,e.sharedAvailability)})]})]})]},`${e.offeredBy.id}-${e.neededBy.id}-${t}`))}):q(Y,{})]})}function fa({id:e,owner:t,editable:n,onChanged:r}){let i=H(),a=G(vt,{id:e}),o=a.data?.node,s=o?.__typename===`Initiative`?o.participants:null,[c,l]=P(null),u=()=>{a.reload(),r()};return q(b,{children:[q(`h3`,{children:i.toolkit.participantsHeading}),q(`p`,{class:`hint`,children:[i.toolkit.participantsIntro,` `,i.toolkit.ownerOnly(t)]}),q(`div`,{"aria-live":`polite`,class:`live`,children:c&&q(`div`,{class:`notice notice-success participant-withdrawn`,children:q(`p`,{children:i.toolkitEdit.withdrawnNow(c)})})}),a.error?q(bn,{error:a.error,onRetry:a.reload}):s?s.length===0?q(`p`,{class:`empty`,children:i.toolkit.noParticipants}):q(`ul`,{class:`card-list participants`,children:s.map(e=>q(pa,{participant:e,editable:n,onWithdrawn:e=>{l(e),u()}},e.id))}):a.loading?q(Y,{}):null,n&&q(ea,{initiativeId:e,onAdded:()=>{l(null),u()}})]})}function pa({participant:e,editable:t,onWithdrawn:n}){let r=H(),[i,a]=P(null),o=I(null),s=e.withdrawnAt??i,c=(e,t)=>q(b,{children:[q(`h5`,{children:e}),t.length===0?q(`p`,{class:`empty`,children:r.toolkit.nothing}):q(`ul`,{class:`plain-list`,children:t.map((e,t)=>q(`li`,{children:[q(`strong`,{children:[r.labels.contribution[e.category],`:`]}),` `,e.description,e.availability.length>0&&q(`span`,{class:`hint`,children:[` (`,aa(r,e.availability),`)`]})]},t))})]});return q(`li`,{class:`card participant`,children:[q(`h4`,{class:`participant-ref`,tabIndex:-1,ref:o,children:e.reference}),q(`dl`,{class:`summary-list`,children:[q(`div`,{children:[q(`dt`,{children:r.toolkit.consentedOn}),q(`dd`,{children:W(e.consentedOn)})]}),q(`div`,{children:[q(`dt`,{children:r.toolkit.willingness}),q(`dd`,{children:r.labels.willingness[e.willingness]})]})]}),s?q(`p`,{class:`withdrawn`,children:r.toolkit.withdrawn(W(s))}):q(b,{children:[c(r.toolkit.offersHeading,e.offers),c(r.toolkit.needsHeading,e.needs),t&&q(ta,{participant:e,onWithdrawn:t=>{a(t),o.current?.focus(),n(e.reference)}})]})]})}function ma({id:e}){let t=G(gt,{id:e,lang:V()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return q(Cn,{query:t,record:n?.__typename===`Initiative`?n:null,title:e=>e.title,children:e=>q(ha,{initiative:e})})}function ha({initiative:e}){let t=H();return q(`article`,{class:`initiative`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:J.home,children:t.common.backToExplorer})}),q(`header`,{class:`page-header`,children:[q(`p`,{class:`eyebrow`,children:t.initiative.heading}),q(`h1`,{lang:e.servedLanguage,children:e.title}),q(`p`,{class:`lead`,lang:e.servedLanguage,children:e.summary})]}),q(mr,{served:e.servedLanguage,translations:e.translations}),q(`div`,{class:`two-col`,children:[q(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[q(`h2`,{id:`about-h`,children:t.initiative.about}),q(`dl`,{class:`summary-list council-details`,children:[q(jr,{owner:e.owner}),q(`div`,{children:[q(`dt`,{children:t.common.step}),q(`dd`,{children:q(Wn,{step:e.starStep})})]}),q(`div`,{children:[q(`dt`,{children:t.common.coTypes}),q(`dd`,{children:q(Un,{coTypes:e.coTypes})})]}),q(`div`,{children:[q(`dt`,{children:t.common.serviceArea}),q(`dd`,{children:t.labels.area[e.serviceArea]})]}),q(`div`,{children:[q(`dt`,{children:t.common.visibility}),q(`dd`,{children:t.labels.visibilityShort[e.visibility]})]}),q(`div`,{children:[q(`dt`,{children:t.common.updated}),q(`dd`,{children:W(e.updatedAt)})]}),q(hr,{translations:e.translations}),q(Mr,{tags:e.tags})]})]}),q(`section`,{class:`section`,"aria-labelledby":`appraisal-h`,children:[q(`h2`,{id:`appraisal-h`,children:t.initiative.appraisal}),q(wr,{initiative:e})]})]}),q(oa,{id:e.id,owner:e.owner}),q(lr,{initiative:e}),q(vr,{initiative:e}),q(Sr,{initiative:e}),q(`section`,{class:`section`,"aria-labelledby":`cases-h`,children:[q(`h2`,{id:`cases-h`,children:t.initiative.caseStudiesHeading}),e.caseStudies.nodes.length===0?q(`p`,{class:`empty`,children:t.initiative.noCaseStudies}):q(si,{items:e.caseStudies.nodes})]}),q(Cr,{initiative:e})]})}var ga=1e3,_a=[`OPEN`,`RESOLVED`];function va(){let e=H();nn(e.reports.title);let{viewer:t,loading:n}=Qt();return n?q(Y,{}):q(`div`,{class:`reports-page`,children:[q(`h1`,{children:e.reports.title}),t?tn(t)?q(ya,{}):q(`p`,{children:e.reports.notAllowed}):q(`p`,{children:q(`a`,{href:J.signIn(J.reports),children:e.reports.needSignIn})})]})}function ya(){let e=H(),t=V(),[n,r]=P(`OPEN`),[i,a]=P(0),o=I(null),s=G($e,{status:n,first:50,lang:t},{keepPrevious:!0}),c=s.data?.contentReports.nodes??[];return F(()=>{i>0&&o.current?.focus()},[i]),q(b,{children:[q(`p`,{class:`lead`,children:e.reports.intro}),q(`fieldset`,{class:`field`,children:[q(`legend`,{class:`label`,children:e.reports.show}),q(`div`,{class:`radios`,children:_a.map(t=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,id:`report-status-${t}`,name:`report-status`,checked:n===t,onChange:()=>{r(t),a(0)}}),q(`label`,{for:`report-status-${t}`,children:t===`OPEN`?e.reports.showOpen:e.reports.showResolved})]},t))})]}),q(`div`,{"aria-live":`polite`,class:`live`,children:i>0&&q(`div`,{class:`notice notice-success report-resolved`,tabIndex:-1,ref:o,children:q(`p`,{children:e.reports.resolvedNow})})}),s.error?q(bn,{error:s.error,onRetry:s.reload}):s.data?q(`div`,{class:s.loading?`is-stale`:``,"aria-busy":s.loading,children:[q(`p`,{class:`reports-count`,children:e.reports.count(s.data.contentReports.totalCount)}),c.length===0?q(`p`,{class:`empty`,children:n===`OPEN`?e.reports.noneOpen:e.reports.noneResolved}):q(`ol`,{class:`report-list`,children:c.map((e,t)=>q(ba,{report:e,index:t,onResolved:()=>{a(e=>e+1),s.reload()}},e.id))})]}):q(Y,{})]})}function ba({report:e,index:t,onResolved:n}){let r=H(),i=e.caseStudy,a=(e,t,n)=>q(`div`,{children:[q(`dt`,{children:e}),q(`dd`,{class:n,children:t})]});return q(`li`,{class:`report-item`,children:q(`article`,{"aria-labelledby":`report-${t}-h`,children:[q(`h2`,{id:`report-${t}-h`,class:`report-title`,children:i?q(`a`,{href:J.caseStudy(i.id),lang:i.servedLanguage,children:i.title}):r.reports.unknownCaseStudy}),q(`dl`,{class:`summary-list`,children:[i&&a(r.reports.council,i.owner.name),a(r.reports.reason,r.labels.reportReason[e.reason],`report-reason`),e.details&&a(r.reports.details,e.details,`report-details`),a(r.reports.reporter,e.reporter.name,`report-reporter`),a(r.reports.reported,W(e.createdAt)),e.outcome&&a(r.reports.outcome,e.outcome,`report-outcome`),e.resolvedBy&&a(r.reports.resolvedBy,e.resolvedBy.name),e.resolvedAt&&a(r.reports.resolved,W(e.resolvedAt))]}),e.status===`OPEN`&&q(xa,{id:e.id,fieldId:`outcome-${t}`,onResolved:n})]})})}function xa({id:e,fieldId:t,onResolved:n}){let r=H(),[i,a]=P(``),[o,s]=P(!1),[c,l]=P(null),[u,d]=P(!1),f=u?r.reports.outcomeEmpty:c?.errors.find(e=>e.field===`outcome`)?.message??null,p=async r=>{r.preventDefault();let a=i.trim();if(d(!a),l(null),!a)document.getElementById(t)?.focus();else{s(!0);try{await z(et,{id:e,outcome:a}),n()}catch(e){if(e instanceof R)l(e);else throw e}finally{s(!1)}}};return q(`form`,{class:`form resolve-form`,noValidate:!0,onSubmit:e=>void p(e),children:[c&&!f&&q(`p`,{class:`error-text`,role:`alert`,children:K(c)}),q(Q,{id:t,label:r.reports.outcome,hint:r.reports.outcomeHint,error:f,children:q(`textarea`,{id:t,class:`textarea`,rows:2,maxLength:ga,value:i,"aria-required":`true`,"aria-invalid":f?!0:void 0,"aria-describedby":Z(t,r.reports.outcomeHint,f),onInput:e=>a(e.currentTarget.value)})}),q(`button`,{type:`submit`,class:`button`,disabled:o,children:o?r.reports.resolving:r.reports.resolve})]})}var Sa=[`VIEWER`,`EDITOR`,`ADMIN`,`CURATOR`];function Ca(e){let t=new URLSearchParams(e).get(`next`);if(!t)return`/`;try{let e=new URL(t,window.location.origin);return e.origin===window.location.origin?e.pathname+e.search:`/`}catch{return`/`}}async function wa(){try{let e=await fetch(`/dev/token`,{headers:{Accept:`application/json`}});return e.ok?(await e.json()).available===!0:!1}catch{return!1}}function Ta({search:e}){let t=H();nn(t.signIn.title);let{viewer:n}=Qt(),[r,i]=P(!1),[a,o]=P(``),[s,c]=P(null),[l,u]=P(null),[d,f]=P(``),[p,m]=P(`EDITOR`),[h,g]=P(null),_=G(at,{},{skip:!r});F(()=>{let e=!0;return wa().then(t=>{e&&i(t)}),()=>{e=!1}},[]);let v=_.data?.organisations.nodes??[];F(()=>{let e=v[0];!d&&e&&f(e.slug)},[v,d]);let y=async n=>{try{return(await z(it,{},{token:n})).viewer?(Ge(n),mn(Ca(e)),null):t.signIn.tokenRefused}catch(e){if(e instanceof R)return e.has(`UNAUTHENTICATED`)?t.signIn.tokenRefused:K(e);throw e}},b=async e=>{e.preventDefault();let n=a.trim().replace(/^Bearer\s+/i,``);n?(u(`token`),c(await y(n)),u(null)):c(t.signIn.tokenEmpty)},x=async e=>{e.preventDefault(),u(`dev`),g(null);try{let e=await fetch(`/dev/token`,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({organisation:d,role:p})}),n=await Mt(e);if(e.ok&&typeof n==`object`&&n&&`token`in n&&typeof n.token==`string`)g(await y(n.token));else{let r=jt(n);g(r.length>0?K(new R(r,e.status)):t.signIn.devFailed)}}catch{g(t.signIn.devFailed)}u(null)};return q(`div`,{class:`sign-in`,children:[q(`h1`,{children:t.signIn.title}),q(`p`,{class:`lead`,children:t.signIn.intro}),n&&q(xn,{kind:`info`,children:[q(`p`,{children:t.signIn.signedIn(n.organisation.name,n.roles.map(e=>t.labels.role[e]).join(`, `))}),q(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>Ge(null),children:t.app.signOut})]}),r&&q(`section`,{class:`section panel`,"aria-labelledby":`dev-h`,children:[q(`h2`,{id:`dev-h`,children:t.signIn.devHeading}),q(`p`,{children:t.signIn.devIntro}),q(`form`,{class:`form`,onSubmit:e=>void x(e),noValidate:!0,children:[h&&q(`p`,{class:`error-text`,role:`alert`,children:h}),q(Q,{id:`dev-org`,label:t.signIn.organisation,children:q(`select`,{id:`dev-org`,class:`select`,value:d,onChange:e=>f(e.currentTarget.value),children:v.map(e=>q(`option`,{value:e.slug,children:e.name},e.slug))})}),q(`fieldset`,{class:`field`,children:[q(`legend`,{class:`label`,children:t.signIn.role}),q(`div`,{class:`radios`,children:Sa.map(e=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,id:`dev-role-${e}`,name:`dev-role`,checked:p===e,"aria-describedby":e===`CURATOR`?`dev-role-CURATOR-hint`:void 0,onChange:()=>m(e)}),q(`div`,{children:[q(`label`,{for:`dev-role-${e}`,children:t.labels.role[e]}),e===`CURATOR`&&q(`p`,{class:`hint radio-hint`,id:`dev-role-CURATOR-hint`,children:t.signIn.curatorHint})]})]},e))})]}),q(`button`,{type:`submit`,class:`button`,disabled:l!=null||!d,children:l===`dev`?t.signIn.checking:t.signIn.devSubmit})]})]}),q(`section`,{class:`section`,"aria-labelledby":`token-h`,children:[q(`h2`,{id:`token-h`,children:t.signIn.tokenHeading}),q(`form`,{class:`form`,onSubmit:e=>void b(e),noValidate:!0,children:[q(Q,{id:`token`,label:t.signIn.tokenLabel,hint:t.signIn.tokenHint,error:s,children:q(`textarea`,{id:`token`,class:`textarea textarea-token`,rows:4,spellcheck:!1,autocomplete:`off`,value:a,"aria-invalid":s?!0:void 0,"aria-describedby":Z(`token`,t.signIn.tokenHint,s),onInput:e=>o(e.currentTarget.value)})}),q(`button`,{type:`submit`,class:`button`,disabled:l!=null,children:l===`token`?t.signIn.checking:t.signIn.tokenSubmit})]})]})]})}var Ea=e=>U(e,{minimumFractionDigits:1,maximumFractionDigits:1});function Da(){let e=H();nn(e.toolkitPage.title);let{viewer:t,loading:n}=Qt(),r=G(xt,{withRuns:t!=null},{partial:!0,skip:n}),i=r.data?.barrierSurveys.nodes,a=r.data?.charterTemplates.nodes,o=r.error&&!r.data?r.error:null;return q(`div`,{class:`toolkit-page`,children:[q(`h1`,{children:e.toolkitPage.title}),q(`p`,{class:`lead`,children:e.toolkitPage.intro}),t&&q(ja,{viewer:t}),o?q(bn,{error:o,onRetry:r.reload}):r.data?q(b,{children:[q(`section`,{class:`section`,"aria-labelledby":`surveys-h`,children:[q(`h2`,{id:`surveys-h`,children:e.toolkitPage.surveysHeading}),q(`p`,{class:`hint`,children:e.toolkitPage.scoreHint}),!i||i.length===0?q(`p`,{class:`empty`,children:e.toolkitPage.noSurveys}):i.map(e=>q(Oa,{survey:e,signedIn:t!=null},e.id))]}),q(`section`,{class:`section`,"aria-labelledby":`templates-h`,children:[q(`h2`,{id:`templates-h`,children:e.toolkitPage.templatesHeading}),q(`p`,{class:`hint`,children:e.toolkitPage.templatesIntro}),!a||a.length===0?q(`p`,{class:`empty`,children:e.toolkitPage.noTemplates}):q(`ul`,{class:`card-list charter-templates`,children:a.map(e=>q(Aa,{template:e},e.id))})]})]}):q(Y,{})]})}function Oa({survey:e,signedIn:t}){let n=H(),r=`survey-${e.id}-h`;return q(`article`,{class:`survey`,"aria-labelledby":r,children:[q(`h3`,{id:r,class:`survey-title`,children:e.title}),q(`p`,{class:`survey-meta`,children:[n.toolkitPage.published(e.publisher.name,W(e.publishedAt),e.version),` `,n.toolkitPage.barriersCount(e.barriers.length)]}),q(`div`,{class:`barrier-groups`,children:Bn.map(t=>{let r=e.barriers.filter(e=>e.group===t);return r.length===0?null:q(`div`,{class:`barrier-group`,children:[q(`h4`,{children:n.labels.barrierGroup[t]}),q(`ul`,{class:`plain-list`,children:r.map(e=>q(`li`,{children:e.text},e.key))})]},t)})}),q(`h4`,{children:n.toolkitPage.runsHeading}),t?!e.runs||e.runs.length===0?q(`p`,{class:`empty`,children:n.toolkitPage.noRuns}):e.runs.map(e=>q(ka,{run:e},e.id)):q(`p`,{children:q(`a`,{href:J.signIn(J.toolkit),children:n.toolkitPage.signInForRuns})})]})}function ka({run:e}){let t=H(),n=t.toolkitPage,r=t.labels.area[e.service],i=`run-${e.id}-caption`;return q(`div`,{class:`survey-run`,children:[q(`h5`,{children:n.run(r,W(e.opensOn),W(e.closesOn))}),q(`p`,{children:n.responses(e.responses)}),q(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":i,tabIndex:0,children:q(`table`,{class:`data-table survey-results`,children:[q(`caption`,{id:i,children:n.resultsCaption(r)}),q(`thead`,{children:q(`tr`,{children:[q(`th`,{scope:`col`,children:n.barrier}),q(`th`,{scope:`col`,class:`num`,children:n.answers}),q(`th`,{scope:`col`,class:`num`,children:n.meanScore}),q(`th`,{scope:`col`,class:`num`,children:n.share}),q(`th`,{scope:`col`,children:n.benchmark})]})}),Bn.map(r=>{let i=e.results.filter(e=>e.barrier.group===r);return i.length===0?null:q(`tbody`,{children:[q(`tr`,{class:`group-row`,children:q(`th`,{scope:`rowgroup`,colSpan:5,children:t.labels.barrierGroup[r]})}),i.map(e=>q(`tr`,{children:[q(`th`,{scope:`row`,children:e.barrier.text}),q(`td`,{class:`num`,children:U(e.responses)}),q(`td`,{class:`num`,children:e.meanScore==null?t.common.notKnown:Ea(e.meanScore)}),q(`td`,{class:`num`,children:e.shareReportingBarrier==null?t.common.notKnown:qt(e.shareReportingBarrier)}),q(`td`,{class:`benchmark`,children:e.benchmark?n.benchmarkFigures(Ea(e.benchmark.meanScore),qt(e.benchmark.shareReportingBarrier),e.benchmark.councils):n.noBenchmark})]},e.barrier.key))]},r)})]})})]})}function Aa({template:e}){let t=H();return q(`li`,{class:`card charter-template`,children:[q(`h3`,{class:`charter-template-title`,lang:e.language,children:e.title}),q(`p`,{children:t.toolkitPage.templateMeta(e.publisher.name,t.labels.languageName(e.language))}),q(`p`,{class:`hint`,children:t.toolkitPage.templateSize(e.commitments.length,e.risks.length)})]})}function ja({viewer:e}){let t=H(),n=t.toolkitPage,r=V(),[i,a]=P(`NPV`),o=G(Ot,{by:i,lang:r},{keepPrevious:!0}),s=o.data?.rankedOptions;return q(`section`,{class:`section ranked-options`,"aria-labelledby":`ranked-h`,children:[q(`h2`,{id:`ranked-h`,children:n.rankedHeading}),q(`p`,{class:`hint`,children:n.rankedIntro(e.organisation.name)}),q(`div`,{class:`field`,children:[q(`label`,{for:`rank-by`,class:`label`,children:n.rankBy}),q(`select`,{id:`rank-by`,class:`select`,value:i,onChange:e=>{let t=e.currentTarget.value;Hn(zn,t)&&a(t)},children:zn.map(e=>q(`option`,{value:e,children:t.labels.optionRanking[e]},e))})]}),o.error?q(bn,{error:o.error,onRetry:o.reload}):s?s.length===0?q(`p`,{class:`empty`,children:n.noOptions}):q(`div`,{class:`table-scroll${o.loading?` is-stale`:``}`,role:`region`,"aria-labelledby":`ranked-caption`,"aria-busy":o.loading?`true`:`false`,tabIndex:0,children:q(`table`,{class:`data-table ranked-table`,children:[q(`caption`,{id:`ranked-caption`,children:n.rankedCaption(t.labels.optionRanking[i])}),q(`thead`,{children:q(`tr`,{children:[q(`th`,{scope:`col`,class:`num`,children:n.rank}),q(`th`,{scope:`col`,children:n.initiative}),q(`th`,{scope:`col`,class:`num`,children:n.npv}),q(`th`,{scope:`col`,class:`num`,children:n.bcr}),q(`th`,{scope:`col`,children:n.quadrant})]})}),q(`tbody`,{children:s.map(({rank:e,initiative:r})=>{let i=r.businessCase?r.businessCase.benefitCostRatio:r.appraisal.benefitCostRatio;return q(`tr`,{class:`ranked-option`,children:[q(`td`,{class:`num ranked-rank`,children:U(e)}),q(`th`,{scope:`row`,children:q(`a`,{href:J.initiative(r.id),lang:r.servedLanguage,children:r.title})}),q(`td`,{class:`num ranked-npv`,children:r.businessCase?Kt(r.businessCase.npv,r.businessCase.currency):n.noBusinessCase}),q(`td`,{class:`num ranked-bcr`,children:i==null?t.common.notKnown:U(i,{maximumFractionDigits:2})}),q(`td`,{children:r.appraisal.quadrant?t.labels.quadrant[r.appraisal.quadrant]:n.notAppraised})]},r.id)})})]})}):q(Y,{})]})}function Ma({route:e,location:t}){switch(e.name){case`home`:return q(Ai,{search:t.search});case`caseStudy`:return q(Lr,{id:e.id});case`caseStudyNew`:return q(ni,{id:null});case`caseStudyEdit`:return q(ni,{id:e.id});case`initiative`:return q(ma,{id:e.id});case`businessCase`:return q(wn,{id:e.id});case`toolkit`:return q(Da,{});case`signIn`:return q(Ta,{search:t.search});case`reports`:return q(va,{});case`notFound`:return q(yn,{})}}function Na(){return q(`svg`,{class:`brand-mark`,viewBox:`0 0 24 24`,width:`28`,height:`28`,"aria-hidden":`true`,focusable:`false`,children:q(`path`,{d:`M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.6 5.7 21.5l1.7-7.3L2 9.5l7.1-.6z`})})}function Pa(){let e=H(),t=hn(),n=Yt(),r=G(it,{},{skip:!n}),i=n?r.data?.viewer??null:null,a={viewer:i,loading:n!=null&&r.loading&&!r.data},o=vn(t.path),s=I(null);F(()=>{pn()&&s.current?.focus()},[t]);let c=e=>o.name===e?`page`:void 0;return q(Zt.Provider,{value:a,children:[q(`a`,{class:`skip-link`,href:`#main`,children:e.app.skipLink}),q(`header`,{class:`site-header`,children:q(`div`,{class:`wrap header-row`,children:[q(`a`,{class:`brand`,href:J.home,children:[q(Na,{}),q(`span`,{children:e.app.name})]}),q(`nav`,{class:`site-nav`,"aria-label":e.app.mainNav,children:q(`ul`,{children:[q(`li`,{children:q(`a`,{href:J.home,"aria-current":c(`home`),children:e.app.explore})}),q(`li`,{children:q(`a`,{href:J.toolkit,"aria-current":c(`toolkit`),children:e.app.toolkit})}),$t(i)&&q(`li`,{children:q(`a`,{href:J.caseStudyNew,"aria-current":c(`caseStudyNew`),children:e.app.newCaseStudy})}),tn(i)&&q(`li`,{children:q(`a`,{href:J.reports,"aria-current":c(`reports`),children:e.app.reports})}),!i&&q(`li`,{children:q(`a`,{href:J.signIn(),"aria-current":c(`signIn`),children:e.app.signIn})})]})}),q(`div`,{class:`account`,children:[i&&q(`p`,{class:`viewer`,children:[q(`span`,{class:`visually-hidden`,children:[e.app.signedInAs,` `]}),q(`span`,{class:`viewer-org`,children:i.organisation.name}),` `,q(`span`,{class:`viewer-role`,children:[`(`,i.roles.map(t=>e.labels.role[t]).join(`, `),`)`]})]}),i&&q(`button`,{type:`button`,class:`link-button`,onClick:()=>Ge(null),children:e.app.signOut}),q(`button`,{type:`button`,class:`link-button lang-switch`,lang:Ht()===`en`?`cy`:`en`,onClick:()=>Wt(Ht()===`en`?`cy`:`en`),children:e.app.switchLanguage})]})]})}),q(`main`,{id:`main`,class:`wrap`,tabIndex:-1,ref:s,children:[Ue()&&!n&&o.name!==`signIn`&&q(`div`,{class:`notice notice-warning`,role:`status`,children:q(`a`,{href:J.signIn(t.path+t.search),children:e.signIn.expired})}),q(Ma,{route:o,location:t},t.path)]}),q(`footer`,{class:`site-footer`,children:q(`div`,{class:`wrap`,children:q(`p`,{children:e.app.footer})})})]})}document.documentElement.lang=Ht(),gn();var Fa=document.getElementById(`app`);Fa&&ue(q(Pa,{}),Fa);