var e,t,n,r,i,a,o,s,c,l,u,d=Symbol.for(`pv`),f={},p=[],m=/^m(i|n|o|s|text|space)$/,h=Array.isArray,g=p.slice,_=Object.assign;function v(e){e&&e.parentNode&&e.remove()}function y(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:d,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function b(e){return e.children}function x(e,t){this.props=e,this.context=t,this.__g=0}function S(e,t){if(t==null)return e.__&&S(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:S(e)}function C(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=_({constructor:d},r)).__v=r.__v+1,e.vnode&&e.vnode(n),re(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||S(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,oe(a,n,o),r.__=r.__e=null,n.__e!=i&&w(n))}function w(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),w(e)}function T(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(E)}function E(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&C(e)}finally{(i=n.length)&&(r||queueMicrotask)(E)}}function D(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,_,v,y=r.__k||p,b=t.length;for(c=O(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=~h.__i&&y[h.__i]||f,h.__i=d,v=re(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&ce(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=k(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function O(e,t,n,r,i){var a,o,s,c,l,u,f,p,m,g=n.length,_=g,v=0,x=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=y(null,o):h(o)?o=C[a]=y(b,{children:o}):o.constructor===d&&o.__b?o=C[a]=y(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+v,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=ee(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?v--:l==c+1?v++:l!=c&&(l>c?v--:v++,x=1)):(~l||(i>g?v--:i<g&&v++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(x){for(u=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(v=0,p=u.length;v<p;)u[m=v+p>>1]<o.__i?v=m+1:p=m;u[v]=o.__i,f[a]=v+1}for(v=u.length;a--;)f[a]&&(f[a]==v?v--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=S(s)),le(s,s));return r}function k(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=k(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=S(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function ee(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function te(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function ne(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||te(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||te(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=A(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function A(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function re(t,n,r,i,a,o,s,c,l,u){var f,m,g,y,C,w,T,E,O,k,ee,te,ne,A,re,oe,ce,de,fe=n.type;if(n.constructor!==d)return null;128&r.__u&&(l=32&r.__u,f=r.__c.__z)&&(n.__u|=l,m=o=[],f.nodeType==8?c=ie(f,o):o.push(f),c=o[0]||c),(f=e.__b)&&f(n);e:if(typeof fe==`function`){g=s.length;try{if(E=n.props,O=(f=fe.prototype)&&f.render,k=(f=fe.contextType)&&i[f.__c],ee=f?k?k.props.value:f.__:i,(y=r.__c)?(n.__c=y,2&y.__g&&(y.__g|=1)):(O?n.__c=y=new fe(E,ee):(n.__c=y=new x(E,ee),y.constructor=fe,y.render=ue),k&&k.sub(y),y.state||(y.state={}),y.__n=i,y.__g|=8,y.__h=[],y.__k=[]),O&&(y.__s||(y.__s=y.state),fe.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=_({},y.__s)),_(y.__s,fe.getDerivedStateFromProps(E,y.__s)))),C=y.props,w=y.state,y.__v=n,r.__c){if(E!==C&&O&&!fe.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,ee),n.__v==r.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&!1===y.shouldComponentUpdate(E,y.__s,ee)){n.__v!=r.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),p.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&s.push(y),c=S(r);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,ee),O&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(C,w,T)})}else O&&!fe.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),O&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=ee,y.props=E,y.__P=t,y.__g&=-5,te=e.__r,ne=O?25:0;do y.__g&=-9,te&&te(n),f=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++ne<25);O&&(p.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(i=_({},i,y.getChildContext())),O&&r.__c&&y.getSnapshotBeforeUpdate&&(T=y.getSnapshotBeforeUpdate(C,w)),A=f&&f.type===b&&f.key==null?f.props.children:f,E.__P&&(f=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&le(e,e)}),r.__k=null),c=r.__k?S(r,0):null),c=D(t,h(A)?A:[A],n,r,i,a,o,s,c,l,u),E.__P&&(n.__e=null,c=f),n.__u&=-161,m&&m.some(v),y.__h.length&&s.push(y),1&y.__g&&(y.__g&=-4)}catch(t){if(s.length=g,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(ce=o.indexOf(c||void 0))||(ce=o.length);(de=o[ce-1])&&de.nodeType==8;)ce--;for(;ce<o.length;ce++)if(de=o[ce]){if(o[ce]=null,re){if(de==oe)break}else{if(de.nodeType!=8)break;de.data.startsWith(`$s`)&&(oe=ie(re=de))}}}if(!re){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;re=c}(f=ie(re=n.__c.__z||(n.__c.__z=re)))?(n.__e=re,c=f):n.__e=c,c&&=c.nextSibling}else o&&o.some(v)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||ae(n),e.__e(t,n,r)}}else c=n.__e=se(r.__e,n,r,i,a,o,s,l,u,t);return(f=e.diffed)&&f(n),c}function ie(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function ae(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ae))}function oe(t,n,r){for(var i=0;i<r.length;)ce(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function se(t,n,r,i,a,o,s,c,l,u){var d,p,_,y,b,x,C,w,T=r.props||f,E=n.props,O=n.type;if(O==`svg`?a=`http://www.w3.org/2000/svg`:O==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(d=0;d<o.length;d++)if((b=o[d])&&(O?b.localName==O:b.nodeType==3)){t=b,o[d]=null;break}}if(!t){if(w=u.ownerDocument||document,!O)return w.createTextNode(E);t=w.createElementNS(a,O,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(O){if(u=O==`template`&&t.content||t,o=O==`textarea`&&E.defaultValue!=null?null:o&&g.call(u.childNodes),!c&&o)for(T={},d=0;d<t.attributes.length;d++)T[(b=t.attributes[d]).name]=b.value;for(d in T)b=T[d],d==`dangerouslySetInnerHTML`?_=b:d==`children`||d in E||d==`value`&&`defaultValue`in E||d==`checked`&&`defaultChecked`in E||ne(t,d,null,b,a);for(d in E)b=E[d],d==`children`?y=b:d==`dangerouslySetInnerHTML`?p=b:d==`value`?x=b:d==`checked`?C=b:c&&typeof b!=`function`||T[d]===b||ne(t,d,b,T[d],a);p?(c||_&&(p.__html==_.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),n.__k=[]):(_&&(t.textContent=``),(O==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&m.test(O))&&(a=`http://www.w3.org/1999/xhtml`),D(u,h(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&S(r,0),c,l),o&&o.some(v)),c&&O!=`textarea`||(d=`value`,O==`progress`&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(O!=`progress`||x)||ne(t,d,x,T[d],a),d=`checked`,C!=null&&C!=t[d]&&ne(t,d,C,T[d],a))}else T===E||c&&t.data==E||(t.data=E);return t}function ce(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function le(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||ce(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&le(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=ie(i,o=[]))&&(i==t.__e&&o.some(v),v(a),v(i)),r||v(t.__e),t.__e=t.__c=t.__=null}function ue(e,t,n){return this.constructor(e,n)}function de(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=y(b,{children:[t]}),a=[],o=[],re(n,n.__k,i||f,f,n.namespaceURI,i?null:n.firstChild?g.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),oe(a,n.__k,o),n.__k.props.children=null}function fe(e){function t(e){var n,r;return this.getChildContext||(n=new Set,(r={})[t.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__g|=4,T(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n.delete(e),t&&t.call(e)}}),e.children}return t.__c=`__cC`+u++,t.__=e,t.Provider=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,x.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=_({},this.state)),typeof e==`function`&&(e=e(_({},n),this.props)),e&&(_(n,e),this.__v&&(t&&this.__k.push(t),T(this)))},x.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),T(this))},x.prototype.render=b,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={},u=0;var pe,j,me,he,ge=Object.is,_e=0,ve=[],ye=[],M=e,be=M.__b,xe=M.__r,Se=M.diffed,Ce=M.__c,we=M.unmount,Te=M.__;function Ee(e,t){M.__h&&M.__h(j,e,_e||t),_e=0;var n=j.__H||(j.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function N(e){return _e=1,De(Le,e)}function De(e,t,n){var r=Ee(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Le(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);ge(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=j,!j.__f)){j.__f=!0;var i=j.shouldComponentUpdate;j.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,ge(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function P(e,t){var n=Ee(pe++,3);!M.__s&&Ie(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,j.__H.__h.push(n))}function F(e){return _e=5,Oe(function(){return{current:e}},[])}function Oe(e,t){var n=Ee(pe++,7);return Ie(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function ke(e){var t=j.context[e.__c],n=Ee(pe++,9);return n.c=e,t?(n.__??(n.__=!0,t.sub(j)),t.props.value):e.__}function Ae(){var e;do{for(;e=ye.shift();)try{Pe(e)}catch(t){M.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=ve.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Pe),t.__h.some(Fe),t.__h=[]}catch(n){t.__h=[],M.__e(n,e.__v)}}}while(ye.length)}M.__b=function(e){j=null,be&&be(e)},M.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Te&&Te(e,t)},M.__r=function(e){xe&&xe(e),pe=0;var t=(j=e.__c).__H;t&&(me==j?j.__h=[]:(t.__h.some(Pe),t.__h.some(Fe),pe=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),me=j},M.diffed=function(e){Se&&Se(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ne(ve.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),me=j=null},M.__c=function(e,t){t.some(function(e){try{e.__h.some(Pe),e.__h=e.__h.filter(function(e){return!e.__||Fe(e)})}catch(t){e.__h=[function(){throw t}]}}),Ce&&Ce(e,t)},M.unmount=function(e){we&&we(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,Ne(ye.push(r))}else Pe(r)}catch(e){t=e}}),r.__H=void 0,t&&M.__e(t,r.__v))};var je=typeof requestAnimationFrame==`function`;function Me(e){var t,n=function(){clearTimeout(r),je&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);je&&(t=requestAnimationFrame(n))}function Ne(e){e!=1&&he==M.requestAnimationFrame||((he=M.requestAnimationFrame)||Me)(Ae)}function Pe(e){var t=j,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),j=t}function Fe(e){var t=j;e.__c=e.__(),j=t}function Ie(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!ge(t,e[n])})}function Le(e,t){return typeof t==`function`?t(e):t}var Re=`costar.token`,ze=new Set,Be=!1;function Ve(){try{return sessionStorage.getItem(Re)}catch{return null}}var He=Ve();function Ue(){return He}function We(){return Be}function Ge(){for(let e of ze)e()}function Ke(e){He=e,Be=!1;try{e?sessionStorage.setItem(Re,e):sessionStorage.removeItem(Re)}catch{}Ge()}function qe(){Ke(null),Be=!0,Ge()}function Je(e){return ze.add(e),()=>ze.delete(e)}var I=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new I(`
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
    `,{fragmentName:`CaseStudyCard`}),new I(`
    fragment SearchHighlightParts on SearchHighlight {
  title {
    text
    matched
  }
  passage {
    text
    matched
  }
}
    `,{fragmentName:`SearchHighlightParts`}),new I(`
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
    `,{fragmentName:`CaseStudyCuration`}),new I(`
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
    `,{fragmentName:`EvidenceItem`}),new I(`
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
}`,{fragmentName:`InitiativeDetail`}),new I(`
    fragment SmallCountParts on SmallCount {
  count
  countSuppressed
}
    `,{fragmentName:`SmallCountParts`}),new I(`
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
    `,{fragmentName:`BusinessCaseTotals`});var Ye=new I(`
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
}`),Xe=new I(`
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
}`),Ze=new I(`
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
}`),Qe=new I(`
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
}`),$e=new I(`
    mutation ReportContent($id: ID!, $reason: ReportReason!, $details: String) {
  reportContent(id: $id, reason: $reason, details: $details) {
    id
    reason
    status
  }
}
    `),et=new I(`
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
    `),tt=new I(`
    mutation ResolveReport($id: ID!, $outcome: String!) {
  resolveReport(id: $id, outcome: $outcome) {
    id
    status
    outcome
    resolvedAt
  }
}
    `),nt=new I(`
    query Explore($filter: CaseStudyFilter, $first: Int!, $orderBy: CaseStudyOrder, $lang: String, $search: String! = "", $searching: Boolean! = false) {
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
      searchHighlight(search: $search, lang: $lang) @include(if: $searching) {
        ...SearchHighlightParts
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
fragment SearchHighlightParts on SearchHighlight {
  title {
    text
    matched
  }
  passage {
    text
    matched
  }
}`),rt=new I(`
    query ExploreMore($filter: CaseStudyFilter, $first: Int!, $after: String!, $orderBy: CaseStudyOrder, $lang: String, $search: String! = "", $searching: Boolean! = false) {
  caseStudies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CaseStudyCard
      searchHighlight(search: $search, lang: $lang) @include(if: $searching) {
        ...SearchHighlightParts
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
fragment SearchHighlightParts on SearchHighlight {
  title {
    text
    matched
  }
  passage {
    text
    matched
  }
}`),it=new I(`
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
}`),at=new I(`
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
    `),ot=new I(`
    query SignInOrganisations {
  organisations(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `),st=new I(`
    query CaseStudyLanguage($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      language
    }
  }
}
    `),ct=new I(`
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
    `),lt=new I(`
    query OwnInitiatives($owner: String!, $lang: String) {
  initiatives(first: 100, filter: {owner: $owner}, orderBy: {field: TITLE}) {
    nodes {
      id
      title(lang: $lang)
    }
  }
}
    `),ut=new I(`
    mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    version
  }
}
    `),dt=new I(`
    mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
  updateCaseStudy(input: $input) {
    id
    version
  }
}
    `),ft=new I(`
    mutation RestoreRevision($id: ID!, $version: Int!, $expectedVersion: Int!) {
  restoreRevision(id: $id, version: $version, expectedVersion: $expectedVersion) {
    id
    ... on CaseStudy {
      version
    }
  }
}
    `),pt=new I(`
    mutation PublishCaseStudy($id: ID!) {
  publishCaseStudy(id: $id) {
    id
    status
    version
  }
}
    `),mt=new I(`
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
    `),ht=new I(`
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
    `),gt=new I(`
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
}`),_t=new I(`
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
}`),vt=new I(`
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
}`),yt=new I(`
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
    `),bt=new I(`
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
    `),xt=new I(`
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
}`),St=new I(`
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
    `),Ct=new I(`
    mutation AddParticipant($initiativeId: ID!, $input: ParticipantInput!) {
  addParticipant(initiativeId: $initiativeId, input: $input) {
    id
    reference
  }
}
    `),wt=new I(`
    mutation WithdrawParticipantConsent($id: ID!) {
  withdrawParticipantConsent(id: $id) {
    id
    reference
    withdrawnAt
  }
}
    `),Tt=new I(`
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
    `),Et=new I(`
    mutation CopyIncentiveTemplates($initiativeId: ID!, $templateIds: [ID!]!) {
  copyIncentiveTemplates(initiativeId: $initiativeId, templateIds: $templateIds) {
    id
    title
  }
}
    `),Dt=new I(`
    mutation RecordIncentiveUptake($incentiveId: ID!, $input: IncentiveUptakeInput!) {
  recordIncentiveUptake(incentiveId: $incentiveId, input: $input) {
    id
  }
}
    `),Ot=new I(`
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
}`),kt=new I(`
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
    `);function At(e,t,n=null){return{message:t,code:e,field:n,currentVersion:null}}var L=class extends Error{errors;status;constructor(e,t){super(e.map(e=>e.message).join(`; `)||`HTTP ${t}`),this.name=`ApiError`,this.errors=e,this.status=t}has(e){return this.errors.some(t=>t.code===e)}};function jt(e){let t=e.extensions??{};return{message:typeof e.message==`string`?e.message:`Unknown error`,code:typeof t.code==`string`?t.code:`UNKNOWN`,field:typeof t.field==`string`?t.field:null,currentVersion:typeof t.currentVersion==`number`?t.currentVersion:null}}function Mt(e){return typeof e!=`object`||!e||!(`errors`in e)||!Array.isArray(e.errors)?[]:e.errors.filter(e=>typeof e==`object`&&!!e).map(jt)}async function Nt(e){try{return await e.json()}catch{return null}}async function Pt(e,t,n={}){let r=n.token===void 0?Ue():n.token,i={"Content-Type":`application/json`,Accept:`application/graphql-response+json, application/json`};r&&(i.Authorization=`Bearer ${r}`);let a;try{a=await fetch(`/graphql`,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal??null})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:new L([At(`NETWORK`,`The server could not be reached.`)],0)}let o=await Nt(a),s=Mt(o);s.some(e=>e.code===`UNAUTHENTICATED`)&&r&&n.token===void 0&&qe();let c=typeof o==`object`&&o&&`data`in o?o.data:null;if(c==null)throw s.length===0&&s.push(At(`HTTP_${a.status}`,`The server answered ${a.status}.`)),new L(s,a.status);return{data:c,error:s.length>0?new L(s,a.status):null}}async function R(e,t,n={}){let{data:r,error:i}=await Pt(e,t,n);if(i)throw i;return r}var Ft=e=>`${e} astudiaeth achos`,It={app:{name:`Archwiliwr Costar`,skipLink:`Neidio i'r prif gynnwys`,mainNav:`Prif lywio`,explore:`Archwilio`,newCaseStudy:`Astudiaeth achos newydd`,reports:`Adroddiadau`,toolkit:`Pecyn cymorth`,signIn:`Mewngofnodi`,signOut:`Allgofnodi`,signedInAs:`Wedi mewngofnodi fel`,switchLanguage:`English`,footer:`Arferion cyd-gynhyrchu a rennir gan gynghorau’r rhwydwaith.`,titleSuffix:`Archwiliwr Costar`},common:{loading:`Wrthi’n llwytho…`,retry:`Rhoi cynnig arall arni`,errorTitle:`Aeth rhywbeth o’i le`,notFoundTitle:`Heb ddod o hyd i’r dudalen`,notFoundBody:`Does dim byd yn y cyfeiriad hwn, neu nid oes gennych hawl i’w weld. Efallai y gwelwch fwy o fewngofnodi fel aelod.`,backToExplorer:`Yn ôl i’r Archwiliwr`,none:`Dim`,notKnown:`Anhysbys`,council:`Cyngor`,gssCode:`Cod GSS`,nation:`Gwlad`,serviceArea:`Maes gwasanaeth`,coTypes:`Y Cyd-`,step:`Cam y Seren`,visibility:`Gwelededd`,status:`Statws`,tags:`Tagiau`,published:`Cyhoeddwyd`,updated:`Diweddarwyd ddiwethaf`,draft:`Drafft`,scrollHint:`Sgroliwch i’r ochr`},errors:{NETWORK:`Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad a rhoi cynnig arall arni.`,NOT_FOUND:`Nid yw’r cofnod hwn yn bodoli, neu nid oes gennych hawl i’w weld.`,FORBIDDEN:`Nid oes gennych hawl i wneud hyn.`,UNAUTHENTICATED:`Nid yw eich mewngofnodi’n ddilys mwyach. Mewngofnodwch eto.`,BAD_USER_INPUT:`Nid yw peth o’r hyn a anfonwyd yn ddilys.`,CONFLICT:`Mae rhywun arall wedi newid y cofnod hwn ers i chi ei agor.`,RATE_LIMITED:`Gormod o geisiadau. Arhoswch ennyd a rhoi cynnig arall arni.`,QUERY_TOO_COMPLEX:`Gofynnodd y cais am ormod ar unwaith.`,INTERNAL_SERVER_ERROR:`Methodd y gweinydd ag ateb. Rhowch gynnig arall arni yn nes ymlaen.`,SERVICE_UNAVAILABLE:`Nid yw’r gwasanaeth ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn ennyd.`,TIMEOUT:`Cymerodd y gweinydd ormod o amser i ateb. Rhowch gynnig arall arni, neu gofynnwch am lai ar unwaith.`,fallback:`Methodd y cais.`},labels:{co:{CO_COMMISSIONING:`Cyd-gomisiynu`,CO_DESIGN:`Cyd-ddylunio`,CO_DELIVERY:`Cyd-gyflawni`,CO_ASSESSMENT:`Cyd-asesu`},coHint:{CO_COMMISSIONING:`Blaenoriaethu a chynllunio gwasanaethau gyda defnyddwyr a chymunedau`,CO_DESIGN:`Ailgynllunio gwasanaethau gyda dinasyddion`,CO_DELIVERY:`Darparu gwasanaethau a gweithredu ataliol gyda’n gilydd`,CO_ASSESSMENT:`Dinasyddion yn gwerthuso ansawdd a chanlyniadau`},step:{MAP_IT:`Mapio`,FOCUS_IT:`Ffocysu`,PEOPLE_IT:`Pobl`,MARKET_IT:`Marchnata`,GROW_IT:`Tyfu`},nation:{ENGLAND:`Lloegr`,SCOTLAND:`Yr Alban`,WALES:`Cymru`,NORTHERN_IRELAND:`Gogledd Iwerddon`},area:{ADULT_SOCIAL_CARE:`Gofal cymdeithasol i oedolion`,CHILDREN_AND_YOUNG_PEOPLE:`Plant a phobl ifanc`,HEALTH:`Iechyd`,COMMUNITY_SAFETY:`Diogelwch cymunedol`,ENVIRONMENT:`Yr amgylchedd`,HOUSING:`Tai`,EDUCATION:`Addysg`,CULTURE_AND_LEISURE:`Diwylliant a hamdden`,TRANSPORT:`Trafnidiaeth`,COMMISSIONING_AND_FUNDING:`Comisiynu a chyllido`,WHOLE_COUNCIL:`Y cyngor cyfan`,OTHER:`Arall`},visibility:{PRIVATE:`Preifat: eich sefydliad chi yn unig`,NETWORK:`Rhwydwaith: aelodau’r rhwydwaith`,PUBLIC:`Cyhoeddus: unrhyw un, ar ôl ei gyhoeddi`},visibilityShort:{PRIVATE:`Preifat`,NETWORK:`Rhwydwaith`,PUBLIC:`Cyhoeddus`},status:{DRAFT:`Drafft`,PUBLISHED:`Wedi’i chyhoeddi`,ARCHIVED:`Wedi’i harchifo`},stepKind:{ACTIVITY:`Gweithgareddau`,OUTPUT:`Allbynnau`,INTERMEDIATE_OUTCOME:`Canlyniadau interim`,FINAL_OUTCOME:`Canlyniadau terfynol`},peerReviewKind:{PEER_REVIEW:`Adolygiad gan gymheiriaid`,STUDY_VISIT:`Ymweliad astudio`},peerReviewStatus:{REQUESTED:`Wedi gofyn`,ACCEPTED:`Derbyniwyd`,DECLINED:`Gwrthodwyd`,COMPLETED:`Wedi’i gwblhau`,CANCELLED:`Wedi’i ganslo`},party:{SERVICE:`Y gwasanaeth cyhoeddus`,COMMUNITY:`Y gymuned`},commitmentKind:{RIGHT:`Hawliau`,RESPONSIBILITY:`Cyfrifoldebau`},riskLevel:{LOW:`Isel`,MEDIUM:`Canolig`,HIGH:`Uchel`},charterStatus:{DRAFT:`Drafft`,ADOPTED:`Wedi’i fabwysiadu`,RETIRED:`Wedi’i ddirwyn i ben`},indicatorKind:{OUTCOME:`Dangosydd canlyniad`,PROCESS:`Dangosydd proses`},quadrant:{QUICK_WIN:`Enillion cyflym`,MAJOR_PROJECT:`Prosiect mawr`,FILL_IN:`Tasg lenwi`,THANKLESS_TASK:`Tasg ddiddiolch`},role:{VIEWER:`Gwyliwr`,EDITOR:`Golygydd`,ADMIN:`Gweinyddwr`,SYNC:`Partner cysoni`,CURATOR:`Curadur`},reportReason:{INACCURATE:`Gwybodaeth anghywir`,OUTDATED:`Wedi dyddio`,PERSONAL_DATA:`Yn cynnwys data personol`,OFFENSIVE:`Sarhaus`,COPYRIGHT:`Yn torri hawlfraint`,SPAM:`Sbam neu hysbysebu`,OTHER:`Rhywbeth arall`},reportStatus:{OPEN:`Agored`,RESOLVED:`Wedi’i ddatrys`},order:{UPDATED_AT:`Diweddarwyd yn ddiweddar`,PUBLISHED_AT:`Cyhoeddwyd yn ddiweddar`,TITLE:`Teitl (A i Y)`,RELEVANCE:`Y gyfatebiaeth orau`},assetKind:{PLACE:`Lle`,GROUP:`Grŵp`,EQUIPMENT:`Offer`,SKILL:`Sgil`},contribution:{DIGITAL:`Digidol`,TRANSPORT:`Trafnidiaeth`,CARING:`Gofalu`,LANGUAGE:`Iaith`,PRACTICAL:`Help ymarferol`,COMPANIONSHIP:`Cwmnïaeth`,OTHER:`Arall`},availability:{WEEKDAY_DAYTIME:`Yn ystod y dydd ar ddyddiau’r wythnos`,WEEKDAY_EVENING:`Gyda’r nos ar ddyddiau’r wythnos`,WEEKEND:`Penwythnosau`},willingness:{AS_NOW:`Cymaint ag yn awr`,A_LITTLE_MORE:`Ychydig yn fwy`,A_LOT_MORE:`Llawer mwy`},targetGroup:{SERVICE_USERS:`Defnyddwyr gwasanaethau`,COMMUNITIES:`Cymunedau`,STAFF:`Staff`,MANAGERS:`Rheolwyr`,COMMISSIONERS:`Comisiynwyr`,POLITICIANS:`Gwleidyddion`},incentiveKind:{FINANCIAL:`Ariannol`,NON_FINANCIAL:`Anariannol`},barrierGroup:{STAFF:`Rhwystrau i staff`,SERVICE_USERS:`Rhwystrau i ddefnyddwyr gwasanaethau`,COMMUNITIES:`Rhwystrau i gymunedau`,ORGANISATIONAL:`Rhwystrau yn y sefydliad`},templateChange:{ADDED:`Ychwanegwyd`,REMOVED:`Tynnwyd`},charterPart:{COMMITMENT:`ymrwymiad`,RISK:`risg`},cashFlowCategory:{COUNCIL_COST:`Cost i’r cyngor`,PARTNER_COST:`Cost i bartneriaid`,CASHABLE_SAVING:`Arbediad arian parod`,NON_CASHABLE_SAVING:`Arbediad nad yw’n arian parod`,SOCIAL_VALUE:`Gwerth cymdeithasol`},optionRanking:{NPV:`Gwerth presennol net`,BENEFIT_COST_RATIO:`Cymhareb budd a chost`,IMPACT_MATRIX:`Matrics Effaith (enillion cyflym yn gyntaf)`},languageName:e=>({en:`Saesneg`,cy:`Cymraeg`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`adroddiad am effaith`,`cydberthynas`,`achosiaeth`,`ailadrodd annibynnol`,`ar raddfa`][e-1]??``},home:{title:`Astudiaethau achos cyd-gynhyrchu`,titleSearch:e=>`“${e}”: astudiaethau achos`,intro:`Astudiaethau achos gan gynghorau ledled y DU, wedi’u gosod ar y Seren Cyd-gynhyrchu: y Pedwar Cyd- (sut mae dinasyddion yn cymryd rhan) a phum cam y daith.`,searchLabel:`Chwilio’r astudiaethau achos`,searchHint:`Geiriau yn y teitl, y crynodeb, y tagiau neu’r testun`,searchButton:`Chwilio`,starHeading:`Y Seren Cyd-gynhyrchu`,starCaption:`Astudiaethau achos fesul Cyd- a cham`,starHint:`Dewiswch rif i ddangos yr astudiaethau achos hynny; dewiswch ef eto i ddangos y cyfan. Dewiswch Gyd- neu gam i hidlo yn ôl hwnnw yn unig.`,starCorner:`Cyd- / cam`,coButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y Cyd- hwn yn unig`,stepButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y cam hwn yn unig`,cellLabel:(e,t,n,r)=>`${Ft(e)}: ${t} yn ${n}${r?` (yn cael eu dangos; dewiswch i ddangos y cyfan)`:``}`,filtersHeading:`Hidlwyr`,facetCo:`Y Cyd-`,facetStep:`Cam y Seren`,facetArea:`Maes gwasanaeth`,facetNation:`Gwlad`,facetLanguage:`Iaith`,facetEvidence:`Tystiolaeth ar y llwybr`,evidenceHint:`Safonau Tystiolaeth Nesta: 1 adroddiad am effaith, 2 cydberthynas, 3 achosiaeth, 4 ailadrodd annibynnol, 5 ar raddfa.`,anyArea:`Pob maes gwasanaeth`,anyEvidence:`Unrhyw dystiolaeth, neu ddim`,evidenceAtLeast:e=>`Lefel ${e} neu uwch`,resultsHeading:`Astudiaethau achos`,count:e=>Ft(e),showing:(e,t)=>`Yn dangos ${e} o ${t}`,sortLabel:`Trefnu yn ôl`,loadMore:`Llwytho rhagor`,loadingMore:`Wrthi’n llwytho rhagor…`,noResults:`Does dim astudiaethau achos yn cyfateb i’r hidlwyr hyn.`,clearFilters:`Clirio pob hidlydd`,searchFor:e=>`Chwilio: “${e}”`,removeFilter:e=>`Tynnu’r hidlydd: ${e}`,activeFilters:`Hidlwyr sy’n cael eu defnyddio`,passageInText:`Yn y testun:`},caseStudy:{about:`Am yr astudiaeth achos hon`,councilHeading:`Cyngor`,initiative:`Menter`,noInitiative:`Nid yw’r astudiaeth achos hon wedi’i chysylltu â menter y gallwch ei gweld.`,edit:`Golygu’r astudiaeth achos hon`,publish:`Cyhoeddi`,publishing:`Wrthi’n cyhoeddi…`,publishedNow:`Mae’r astudiaeth achos wedi’i chyhoeddi.`,saved:`Mae eich newidiadau wedi’u cadw.`,created:`Mae’r astudiaeth achos wedi’i chreu fel drafft.`,storyHeading:`Y stori`},curation:{featured:`Dan sylw`,verified:`Wedi’i dilysu`,verifiedBy:(e,t)=>`Wedi’i dilysu gan ${e} ar ${t}.`,verifiedOn:e=>`Wedi’i dilysu ar ${e}.`,note:`Nodyn:`,hidden:e=>`Wedi’i chuddio rhag y cyhoedd: ${e}`,featuredHeading:`Dan sylw gan y rhwydwaith`,featuredIntro:`Astudiaethau achos y mae curaduron y rhwydwaith yn eu hargymell.`,heading:`Curadu`,intro:e=>`Fel curadur ar ran ${e}, gallwch roi’r astudiaeth achos hon dan sylw, ei dilysu neu ei chuddio.`,notCuratable:`Dim ond astudiaethau achos cyhoeddus sydd wedi’u cyhoeddi y gellir eu rhoi dan sylw, eu dilysu neu eu cuddio.`,feature:`Rhoi dan sylw ar yr hafan`,unfeature:`Tynnu oddi ar y rhestr dan sylw`,featuredNow:`Mae’r astudiaeth achos dan sylw ar yr hafan.`,unfeaturedNow:`Nid yw’r astudiaeth achos dan sylw mwyach.`,verifyNote:`Nodyn dilysu (dewisol)`,verifyHint:`Beth a wiriwyd gennych, ac yn erbyn beth.`,verify:`Nodi ei bod wedi’i dilysu`,verifiedNow:`Mae’r astudiaeth achos wedi’i nodi fel un sydd wedi’i dilysu.`,hideReason:`Rheswm dros ei chuddio`,hideHint:`Bydd aelodau’n dal i weld yr astudiaeth achos, gyda’r rheswm hwn; ni fydd y cyhoedd yn ei gweld.`,hideReasonEmpty:`Rhowch reswm dros ei chuddio.`,hide:`Cuddio rhag y cyhoedd`,hiddenNow:`Mae’r astudiaeth achos wedi’i chuddio rhag y cyhoedd.`,unhide:`Dangos i’r cyhoedd eto`,unhiddenNow:`Mae’r astudiaeth achos i’w gweld gan y cyhoedd eto.`,working:`Wrthi’n cadw…`},report:{heading:`Rhoi gwybod am broblem`,intro:`Dywedwch wrth guraduron y rhwydwaith a gweinyddwyr y cyngor os yw’r astudiaeth achos hon yn anghywir, wedi dyddio neu os na ddylid ei rhannu.`,open:`Rhoi gwybod am broblem gyda’r astudiaeth achos hon`,reason:`Beth sydd o’i le`,chooseReason:`Dewiswch reswm`,reasonEmpty:`Dewiswch beth sydd o’i le.`,details:`Manylion (dewisol)`,detailsHint:`Beth sydd o’i le, a sut rydych chi’n gwybod. Hyd at 1,000 nod.`,submit:`Anfon yr adroddiad`,sending:`Wrthi’n anfon…`,cancel:`Canslo`,sent:`Diolch. Anfonwyd eich adroddiad at guraduron y rhwydwaith a gweinyddwyr y cyngor.`},reports:{title:`Adroddiadau am astudiaethau achos`,intro:`Mae aelodau’n rhoi gwybod am astudiaethau achos sy’n anghywir, wedi dyddio neu na ddylid eu rhannu. Atebwch bob un gyda’r hyn a wnaed.`,needSignIn:`Mewngofnodwch fel gweinyddwr neu guradur i weld adroddiadau.`,notAllowed:`Dim ond gweinyddwyr a churaduron sy’n gweld adroddiadau.`,show:`Dangos`,showOpen:`Adroddiadau agored`,showResolved:`Adroddiadau wedi’u datrys`,noneOpen:`Does dim adroddiadau agored.`,noneResolved:`Does dim adroddiadau wedi’u datrys.`,count:e=>`${e} adroddiad`,unknownCaseStudy:`Astudiaeth achos na allwch ei gweld mwyach`,council:`Cyngor`,reason:`Rheswm`,details:`Manylion`,reporter:`Adroddwyd gan`,reported:`Dyddiad yr adroddiad`,outcome:`Beth a wnaed`,resolvedBy:`Datryswyd gan`,resolved:`Dyddiad ei ddatrys`,outcomeHint:`Fe’i cedwir gyda’r adroddiad: beth a newidiwyd gennych, neu pam nad oedd angen newid dim.`,outcomeEmpty:`Dywedwch beth a wnaed.`,resolve:`Datrys yr adroddiad`,resolving:`Wrthi’n datrys…`,resolvedNow:`Mae’r adroddiad wedi’i ddatrys.`},revisions:{heading:`Hanes y fersiynau`,intro:`Pob newid a gadwyd, y diweddaraf yn gyntaf. Mae adfer fersiwn gynharach yn cadw ei chynnwys fel fersiwn newydd, felly does dim yn cael ei golli.`,none:`Dim fersiynau i’w dangos.`,version:e=>`Fersiwn ${e}`,current:`cyfredol`,meta:(e,t)=>`${e}, gan ${t}`,unknown:`anhysbys`,before:`Cyn:`,after:`Ar ôl:`,empty:`(gwag)`,noChanges:`Ni newidiodd unrhyw faes.`,base:`Fel yr oedd cyn y newid cyntaf a restrir uchod.`,restore:`Adfer y fersiwn hon`,restoring:`Wrthi’n adfer…`,restored:(e,t)=>`Mae fersiwn ${e} wedi’i hadfer fel fersiwn ${t}.`,showing:(e,t)=>`Yn dangos y ${e} diweddaraf o ${t} fersiwn.`,field:(e,t)=>`${e} (${t})`,fields:{title:`Teitl`,summary:`Crynodeb`,body:`Prif destun`,coTypes:`Y Cyd-`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,language:`Iaith`,visibility:`Gwelededd`,initiativeId:`Menter`,externalId:`Dynodydd allanol`,status:`Statws`,verifiedBy:`Marc dilysu`,deleted:`Wedi’i dileu`,commitments:`Ymrwymiadau`,risks:`Risgiau`}},completeness:{heading:`Cyflawnrwydd`,score:e=>`${e}% yn gyflawn`,missingIntro:`I’w gwneud yn fwy defnyddiol i gynghorau eraill, ychwanegwch:`,complete:`Mae ganddi bopeth a argymhellir.`,missing:{coType:`y Cyd- y mae’n eu dangos (cyd-gomisiynu, cyd-ddylunio, cyd-gyflawni neu gyd-asesu)`,starStep:`cysylltiad â menter, sy’n ei gosod ar un o gamau’r Seren`,outcomeIndicator:`dangosydd canlyniad ar ei menter`,evidence:`tystiolaeth ar gyswllt yn llwybr ei menter`,summary:`crynodeb hirach, o 200 nod o leiaf`,welshTranslation:`cyfieithiad Cymraeg (disgwylir hyn gan gyngor yng Nghymru)`}},translation:{notTranslated:e=>`Dim cyfieithiad Cymraeg eto: mae’r testun yn ${e}.`,machine:`Cyfieithwyd gan beiriant.`,outdated:`Mae’r cyfieithiad hwn yn hŷn na’r gwreiddiol.`,available:`Ieithoedd ar gael`,status:{ORIGINAL:`gwreiddiol`,HUMAN:`cyfieithiad`,MACHINE:`cyfieithiad peirianyddol`,OUTDATED:`cyfieithiad sydd wedi dyddio`},shownIn:e=>`Yn ${e}`},initiative:{heading:`Menter`,about:`Am y fenter hon`,caseStudiesHeading:`Astudiaethau achos y fenter hon`,noCaseStudies:`Does dim astudiaethau achos o’r fenter hon y gallwch eu gweld.`,appraisal:`Arfarniad Ffocysu`,impact:`Effaith (1 i 5)`,ease:`Rhwyddineb (1 i 5)`,quadrant:`Matrics Effaith`,benefitCost:`Cymhareb budd a chost`,annualCost:`Cost y flwyddyn`,annualBenefit:`Budd y flwyddyn`,notAppraised:`Heb ei arfarnu eto.`,openInitiative:`Agor y fenter`},pathway:{heading:`Llwybr at ganlyniadau`,intro:`Sut y disgwylir i’r gweithgareddau arwain at ganlyniadau, a’r dystiolaeth sydd gan bob cyswllt.`,none:`Nid oes llwybr wedi’i gofnodi ar gyfer y fenter hon eto.`,diagramTitle:e=>`Llwybr at ganlyniadau ${e}`,diagramDesc:(e,t,n)=>`${e} cam a ${t} cyswllt; mae gan ${n} cyswllt fwlch tystiolaeth. Rhestrir pob cyswllt isod gyda’i dystiolaeth.`,legend:`N: lefel Nesta · M: lefel Maryland · E: asesiad EMMIE · Llinell doriog goch: bwlch tystiolaeth`,gap:`Bwlch`,gapBadge:`Bwlch tystiolaeth`,gapsSummary:(e,t,n)=>`Nid oes gan ${e} o ${t} cyswllt dystiolaeth ar lefel Nesta ${n} neu uwch.`,noGaps:e=>`Mae gan bob cyswllt dystiolaeth ar lefel Nesta ${e} neu uwch.`,linksHeading:`Y cysylltiadau a’u tystiolaeth`,leadsTo:`yn arwain at`,noEvidence:`Dim tystiolaeth wedi’i chofnodi.`,nesta:(e,t)=>`Lefel Nesta ${e} (${t})`,maryland:e=>`Lefel Maryland ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effaith`,mechanism:`Mecanwaith`,moderators:`Cymedrolwyr`,implementation:`Gweithredu`,economics:`Economeg`},source:`Ffynhonnell`,observed:`Dyddiad`},indicators:{heading:`Dangosyddion canlyniadau`,none:`Dim dangosyddion wedi’u cofnodi.`,baseline:`Llinell sylfaen`,target:`Targed`,latest:`Diweddaraf`,change:`Newid ers y llinell sylfaen`,progressLabel:e=>`Cynnydd tuag at y targed: ${e}`,progress:e=>`${e}% o’r ffordd o’r llinell sylfaen i’r targed`,noProgress:`Ni ellir cyfrifo’r cynnydd: mae angen llinell sylfaen, targed a mesuriad.`,on:(e,t)=>`${e} ar ${t}`},charter:{heading:`Siarter Cyd-gynhyrchu`,none:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adopted:`Mabwysiadwyd`,risksHeading:`Risgiau a sut y cânt eu rheoli`,noRisks:`Dim risgiau wedi’u cofnodi.`,risk:`Risg`,likelihood:`Tebygolrwydd`,impact:`Effaith`,mitigation:`Sut y caiff ei reoli`,signatories:`Llofnodwyd gan`,nothing:`Dim wedi’u cofnodi.`},similar:{heading:`Mentrau tebyg gan gynghorau eraill`,none:`Heb ddod o hyd i fentrau tebyg gan gynghorau eraill.`,match:e=>`${e}% yn cyfateb`,why:`Pam mae’n cyfateb`,sharedCo:`Cyd- yn gyffredin`,sharedTags:`Tagiau yn gyffredin`,sharedWords:`Geiriau yn gyffredin`,sameArea:`Yr un maes gwasanaeth`,furtherAlong:`Ymhellach ar hyd y pum cam`},peerReview:{heading:`Gofyn am adolygiad gan gymheiriaid`,intro:e=>`Gofynnwch i ${e} groesawu eich sefydliad ar gyfer adolygiad gan gymheiriaid neu ymweliad astudio am yr astudiaeth achos hon.`,signInPrompt:`Mewngofnodwch fel aelod o’r rhwydwaith i ofyn am adolygiad gan gymheiriaid.`,editorsOnly:`Golygyddion eich sefydliad sy’n gwneud ceisiadau.`,kind:`Pa fath o ymweliad`,date:`Dyddiad arfaethedig (dewisol)`,dateHint:`Heddiw neu’n hwyrach.`,message:`Neges i’r sefydliad sy’n croesawu (dewisol)`,submit:`Anfon y cais`,sending:`Wrthi’n anfon…`,sent:(e,t,n)=>`Anfonwyd eich cais am ${e.toLowerCase()} at ${t}. Statws: ${n}.`,yours:`Eich ceisiadau am yr astudiaeth achos hon`,on:e=>`arfaethedig ar gyfer ${e}`},editor:{titleNew:`Astudiaeth achos newydd`,titleEdit:e=>`Golygu: ${e}`,titleEditShort:`Golygu astudiaeth achos`,chooseServiceArea:`Dewiswch faes gwasanaeth.`,intro:e=>`Ar gyfer ${e}. Mae astudiaethau achos newydd yn dechrau fel drafftiau.`,introEdit:e=>`Un o astudiaethau achos ${e}.`,errorSummary:`Mae problem`,title:`Teitl`,titleHint:`1 i 200 nod.`,summary:`Crynodeb`,summaryHint:`Un neu ddwy frawddeg ar gyfer rhestrau a chanlyniadau chwilio; hyd at 1,000 nod.`,body:`Yr hanes llawn`,bodyHint:`Testun plaen. Gadewch linell wag rhwng paragraffau.`,coTypes:`Y Cyd- a ddangosir`,coTypesHint:`Dewiswch o leiaf un.`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,tagsHint:`Hyd at 20 tag o hyd at 40 nod yr un, gyda choma rhyngddynt, er enghraifft: pobl-ifanc, comisiynu`,language:`Iaith y testun`,visibility:`Pwy gaiff ei darllen`,initiative:`Menter`,noInitiative:`Heb ei chysylltu â menter`,save:`Cadw’r newidiadau`,create:`Creu’r astudiaeth achos`,saving:`Wrthi’n cadw…`,cancel:`Canslo`,conflict:e=>`Mae rhywun arall wedi cadw’r astudiaeth achos hon ers i chi ei hagor${e==null?``:` (mae bellach ar fersiwn ${e})`}.`,reload:`Taflu fy newidiadau a llwytho’u rhai nhw`,overwrite:`Cadw fy fersiwn i dros eu fersiwn nhw`,needSignIn:`Mewngofnodwch fel golygydd i ysgrifennu astudiaethau achos.`,notEditor:`Ni all eich rôl ysgrifennu astudiaethau achos: gall golygyddion a gweinyddwyr.`,notOwner:e=>`Dim ond golygyddion ${e} all olygu’r astudiaeth achos hon.`,fieldError:e=>`Gwall: ${e}`,otherErrors:`Gwrthododd y gweinydd y newid`},toolkit:{heading:`Pecyn cymorth y Seren Cyd-gynhyrchu`,tabsLabel:`Pecyn cymorth`,tabs:{assets:`Asedau`,incentives:`Cymhellion`,charter:`Siarter`,businessCase:`Achos busnes`,matches:`Cyfatebiaethau`,participants:`Cyfranogwyr`},fewerThan5:`llai na 5`,ownerOnly:e=>`Dim ond aelodau ${e} sy’n gweld hyn.`,assetsHeading:`Asedau cymunedol`,noAssets:`Dim asedau cymunedol wedi’u cofnodi y gallwch eu gweld.`,assetLocation:`Ble`,assetContact:`Sut i gysylltu`,summaryHeading:`Cynigion, anghenion a chyfatebiaethau`,summaryIntro:`Yr hyn y mae cyfranogwyr yn ei gynnig a’r hyn sydd ei angen arnynt, yn ôl y math o gyfraniad. Y tu allan i’r cyngor, ni ddangosir rhif sy’n llai na 5, fel na ellir adnabod neb.`,summaryCaption:`Cynigion, anghenion a chyfatebiaethau yn ôl y math o gyfraniad`,participantCount:`Cyfranogwyr`,assetCount:`Asedau cymunedol`,category:`Math o gyfraniad`,offers:`Cynigion`,needs:`Anghenion`,matches:`Cyfatebiaethau`,noCategories:`Dim cynigion nac anghenion wedi’u cofnodi eto.`,incentivesHeading:`Bwydlen cymhellion`,incentivesIntro:`Beth sy’n annog pob grŵp i gymryd rhan, a faint o bobl a fanteisiodd arno.`,noIncentives:`Dim cymhellion wedi’u cofnodi.`,targetGroup:`Ar gyfer`,incentiveKind:`Math`,cost:`Cost`,noCost:`Dim cost wedi’i rhoi`,fromTemplate:(e,t)=>`O fwydlen cymhellion ${e}: “${t}”`,ownIncentive:`Wedi’i ychwanegu gan y cyngor ei hun.`,totalUptake:`Wedi manteisio arno`,people:e=>`${e} person`,fewerPeople:`llai na 5 person`,uptakeHeading:`Manteisio fesul cyfnod`,period:(e,t)=>`${e} i ${t}`,noUptake:`Dim manteisio wedi’i gofnodi eto.`,charterHeading:`O ble y daw’r siarteri`,noCharters:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adaptedFrom:e=>`Wedi’i haddasu o “${e}”`,templateBy:e=>`Templed a gyhoeddwyd gan ${e}.`,ownCharter:`Ysgrifennwyd gan y cyngor, heb ei haddasu o dempled.`,differencesHeading:`Newidiadau a wnaed i’r templed`,noDifferences:`Dim newidiadau: dyma’r templed fel y’i cyhoeddwyd.`,businessCaseHeading:`Achos busnes`,noBusinessCase:`Dim achos busnes wedi’i gofnodi ar gyfer y fenter hon.`,printable:`Achos busnes i’w argraffu`,matchesHeading:`Cynigion sy’n cyfateb i anghenion`,matchesIntro:`Y gorau yn gyntaf. Dangosir cyfranogwyr wrth eu cyfeirnod yn unig.`,noMatches:`Does dim cynnig yn cyfateb i angen eto.`,offer:`Cynnig`,need:`Angen`,offeredBy:`Cynigiwyd gan`,neededBy:`Ei angen ar`,sharedAvailability:`Ar gael ill dau`,noSharedAvailability:`Dim amser yn gyffredin`,fit:e=>`${e}% yn cyfateb`,participantsHeading:`Cyfranogwyr`,participantsIntro:`Cyfeirnodau ffugenwol yn unig: ni chedwir enwau na manylion cyswllt yma.`,noParticipants:`Dim cyfranogwyr wedi’u cofnodi.`,consentedOn:`Cydsyniodd ar`,willingness:`Byddai’n cyfrannu`,withdrawn:e=>`Tynnwyd y cydsyniad yn ôl ar ${e}: mae eu cynigion a’u hanghenion wedi’u dileu.`,offersHeading:`Cynigion`,needsHeading:`Anghenion`,nothing:`Dim.`},toolkitEdit:{problem:`Mae problem`,enterNumber:`Rhowch rif.`,enterWholeNumber:`Rhowch rif cyfan, 0 neu fwy.`,enterDate:`Rhowch ddyddiad.`,addHeading:`Ychwanegu cyfranogwr`,addIntro:`Cyfeirnod ffugenwol yn unig: byth enw, cyfeiriad e-bost na rhif ffôn, yma nac mewn disgrifiad.`,reference:`Cyfeirnod`,referenceHint:`Cod eich cyngor ar eu cyfer, fel WV-017: llythrennau, digidau, '-', '_', '.' neu '/', heb fylchau.`,consentedOn:`Cydsyniodd ar`,consentedOnHint:`Y diwrnod y cydsyniodd i gymryd rhan; nid dyddiad yn y dyfodol.`,willingness:`Faint yn rhagor y byddai’n ei gyfrannu`,offerLegend:`Yr hyn y mae’n ei gynnig (dewisol)`,needLegend:`Yr hyn yr hoffai help ag ef (dewisol)`,contributionHint:`Gadewch y math ar “Dim” i beidio â chofnodi dim yma.`,kind:`Math o gyfraniad`,noKind:`Dim`,description:`Disgrifiad`,descriptionHint:`Hyd at 300 nod, heb fanylion cyswllt.`,availability:`Pryd y gall`,availabilityHint:`O leiaf un.`,chooseKind:`Dewiswch fath o gyfraniad, neu cliriwch y disgrifiad a’r amseroedd.`,addSubmit:`Ychwanegu’r cyfranogwr`,adding:`Wrthi’n ychwanegu…`,added:e=>`Mae’r cyfranogwr ${e} wedi’i ychwanegu.`,withdraw:`Tynnu’r cydsyniad yn ôl`,withdrawWho:e=>` (${e})`,withdrawConfirm:e=>`Tynnu cydsyniad ${e} yn ôl? Caiff eu cynigion a’u hanghenion eu dileu am byth; ni ellir dadwneud hyn.`,withdrawYes:`Ie, tynnu’r cydsyniad yn ôl`,withdrawNo:`Eu cadw`,withdrawing:`Wrthi’n tynnu’n ôl…`,withdrawnNow:e=>`Mae cydsyniad ${e} wedi’i dynnu’n ôl.`,copyHeading:`Copïo o fwydlen y rhwydwaith`,copyIntro:`Cymhellion y mae cyrff y rhwydwaith yn eu cyhoeddi ar gyfer pob cyngor. Mae pob copi yn enwi’r templed y daeth ohono.`,copyLegend:`Cymhellion i’w copïo`,alreadyCopied:`Eisoes ar y fwydlen hon.`,templateMeta:(e,t,n)=>`${e}. Ar gyfer: ${t}. ${n}.`,noTemplates:`Nid yw’r rhwydwaith wedi cyhoeddi cymhellion eto.`,chooseTemplate:`Dewiswch o leiaf un cymhelliad i’w gopïo.`,copySubmit:`Copïo i’r fwydlen hon`,copying:`Wrthi’n copïo…`,copied:e=>`${e} cymhelliad wedi’u copïo i’r fwydlen hon.`,uptakeLegend:`Cofnodi manteisio`,uptakePeople:`Pobl`,uptakeFrom:`O`,uptakeTo:`I`,uptakeSubmit:`Cofnodi manteisio`,recording:`Wrthi’n cofnodi…`,recorded:(e,t,n)=>`Wedi’i gofnodi: ${e}, ${t} i ${n}.`,editHeading:`Gosod yr achos busnes`,editIntro:`Symiau blynyddol dros hyd at 30 mlynedd. Mae’r gweinydd yn eu disgowntio ac yn cyfrifo pob ffigur; mae cadw yn disodli’r achos busnes.`,rate:`Cyfradd ddisgownt (% y flwyddyn)`,rateHint:`Cyfradd Llyfr Gwyrdd Trysorlys EF yw 3.5%.`,rateRange:`Rhowch gyfradd o 0 i 100%.`,currency:`Arian cyfred`,currencyHint:`Cod ISO 4217, fel GBP neu EUR.`,flowsCaption:`Symiau blynyddol`,flowsHint:`Blwyddyn 0 yw nawr ac ni chaiff ei disgowntio. Mae symiau’n 0 neu fwy; mae’r math yn dweud ai cost neu fudd yw pob un.`,year:`Blwyddyn`,category:`Math`,amount:`Swm`,rowLabel:(e,t)=>`${e}, rhes ${t}`,removeRow:e=>`Tynnu rhes ${e}`,remove:`Tynnu`,addRow:`Ychwanegu rhes`,noRows:`Ychwanegwch o leiaf un swm blynyddol.`,saveCase:`Cadw’r achos busnes`,saving:`Wrthi’n cadw…`,savedCase:(e,t)=>`Mae’r achos busnes wedi’i gadw: gwerth presennol net ${e}, cymhareb budd a chost ${t}.`},businessCase:{eyebrow:`Achos busnes`,title:e=>`Achos busnes: ${e}`,backToInitiative:`Yn ôl i’r fenter`,print:`Argraffu`,none:`Nid oes achos busnes wedi’i gofnodi ar gyfer y fenter hon.`,owner:`Cyngor`,discountRate:`Cyfradd ddisgownt`,currency:`Arian cyfred`,updated:`Diweddarwyd ddiwethaf`,summaryHeading:`Crynodeb`,figuresCaption:`Gwerthoedd presennol, yr amcangyfrif canolog a’r sensitifrwydd`,scenario:`Senario`,central:`Amcangyfrif canolog`,sensitivity:`Buddion −20%, costau +20%`,pvBenefits:`Gwerth presennol y buddion`,pvCosts:`Gwerth presennol y costau`,npv:`Gwerth presennol net`,bcr:`Cymhareb budd a chost`,payback:`Blwyddyn ad-dalu (wedi’i disgowntio)`,noPayback:`Heb ei ad-dalu`,notDefined:`Heb ei diffinio`,yearsHeading:`Fesul blwyddyn`,yearsCaption:`Buddion a chostau fesul blwyddyn, wedi’u disgowntio`,year:`Blwyddyn`,benefits:`Buddion`,costs:`Costau`,discountFactor:`Ffactor disgownt`,discountedNet:`Budd net wedi’i ddisgowntio`,cumulative:`Budd net cronnus wedi’i ddisgowntio`,noYears:`Dim llifoedd arian wedi’u cofnodi.`,basis:(e,t)=>`Caiff buddion a chostau’r dyfodol eu disgowntio ar ${e} y flwyddyn. Symiau mewn ${t}.`},toolkitPage:{title:`Pecyn cymorth y Seren Cyd-gynhyrchu`,rankedHeading:`Eich opsiynau wedi’u rhestru`,rankedIntro:e=>`Mentrau ${e}, wedi’u rhestru fel opsiynau i fuddsoddi ynddynt.`,rankBy:`Rhestru yn ôl`,rankedCaption:e=>`Eich mentrau, y gorau yn gyntaf (${e})`,rank:`Safle`,initiative:`Menter`,npv:`Gwerth presennol net`,bcr:`Cymhareb budd a chost`,quadrant:`Matrics Effaith`,noBusinessCase:`Dim achos busnes`,notAppraised:`Heb ei arfarnu`,noOptions:`Nid oes gan eich sefydliad fentrau i’w rhestru eto.`,intro:`Offer y mae’r rhwydwaith yn eu rhannu: yr arolwg Rhwystrau i Gyd-gynhyrchu a thempledi siarter i’w haddasu.`,surveysHeading:`Arolwg Rhwystrau i Gyd-gynhyrchu`,noSurveys:`Nid oes arolwg wedi’i gyhoeddi eto.`,published:(e,t,n)=>`Fersiwn ${n}, a gyhoeddwyd gan ${e} ar ${t}.`,barriersCount:e=>`${e} rhwystr`,runsHeading:`Canlyniadau eich sefydliad`,signInForRuns:`Mewngofnodwch fel aelod i weld canlyniadau eich sefydliad.`,noRuns:`Nid yw eich sefydliad wedi cynnal yr arolwg hwn eto.`,run:(e,t,n)=>`${e}: ${t} i ${n}`,responses:e=>`${e} ymateb`,resultsCaption:e=>`Canlyniadau ar gyfer ${e}, gyda meincnod cynghorau eraill`,barrier:`Rhwystr`,answers:`Atebion`,meanScore:`Sgôr gymedrig (1 i 5)`,share:`Yn nodi’r rhwystr`,benchmark:`Meincnod`,benchmarkFigures:(e,t,n)=>`cymedr ${e}, ${t} yn ei nodi (${n} cyngor)`,noBenchmark:`Dim meincnod eto: llai na 5 cyngor gyda 10 ymateb`,scoreHint:`Rhoddir sgôr o 1 (nid yw’n rhwystr) i 5 (rhwystr mawr) i bob rhwystr; mae sgôr o 4 neu 5 yn cyfrif fel nodi’r rhwystr.`,templatesHeading:`Templedi siarter`,templatesIntro:`Siarteri a gyhoeddwyd gan gyrff y rhwydwaith, i gyngor eu haddasu i’w fenter ei hun.`,noTemplates:`Dim templedi siarter wedi’u cyhoeddi eto.`,templateMeta:(e,t)=>`Cyhoeddwyd gan ${e}. Iaith: ${t}.`,templateSize:(e,t)=>`${e} ymrwymiad a ${t} risg`},signIn:{title:`Mewngofnodi`,intro:`Mae aelodau’r rhwydwaith yn mewngofnodi gyda thocyn a roddwyd i’w sefydliad. Ar ôl mewngofnodi, fe welwch hefyd yr hyn y mae’r rhwydwaith yn ei rannu â’i aelodau.`,tokenHeading:`Mewngofnodi gyda thocyn`,tokenLabel:`Eich tocyn`,tokenHint:`Gludwch y tocyn (JWT) a roddodd eich sefydliad i chi. Fe’i cedwir yn y tab porwr hwn yn unig.`,tokenSubmit:`Mewngofnodi`,checking:`Wrthi’n gwirio…`,tokenEmpty:`Gludwch docyn yn gyntaf.`,tokenRefused:`Ni dderbyniodd y gweinydd y tocyn hwn.`,devHeading:`Mewngofnodi datblygu`,devIntro:`Mae’r gweinydd hwn yn rhedeg ar ei osodiad datblygu: gall roi tocyn i unrhyw sefydliad yn y rhwydwaith arddangos.`,organisation:`Sefydliad`,role:`Rôl`,curatorHint:`Ar gyfer corff rhwydwaith fel Governance International: yn rhoi astudiaethau achos cyhoeddus dan sylw, yn eu dilysu a’u cuddio, ac yn ateb adroddiadau.`,devSubmit:`Rhoi tocyn datblygu`,devFailed:`Ni roddodd y gweinydd docyn.`,signedIn:(e,t)=>`Rydych wedi mewngofnodi ar gyfer ${e} (${t}).`,expired:`Daeth eich mewngofnodi i ben neu cafodd ei ddirymu. Mewngofnodwch eto.`}},z=(e,t,n)=>`${e} ${e===1?t:n}`,Lt={app:{name:`Costar Explorer`,skipLink:`Skip to main content`,mainNav:`Main`,explore:`Explore`,newCaseStudy:`New case study`,reports:`Reports`,toolkit:`Toolkit`,signIn:`Sign in`,signOut:`Sign out`,signedInAs:`Signed in as`,switchLanguage:`Cymraeg`,footer:`Co-production practice shared by the councils of the network.`,titleSuffix:`Costar Explorer`},common:{loading:`Loading…`,retry:`Try again`,errorTitle:`Something went wrong`,notFoundTitle:`Page not found`,notFoundBody:`There is nothing at this address, or you are not allowed to see it. Signing in as a member may show more.`,backToExplorer:`Back to the Explorer`,none:`None`,notKnown:`Not known`,council:`Council`,gssCode:`GSS code`,nation:`Nation`,serviceArea:`Service area`,coTypes:`Co's`,step:`Star step`,visibility:`Visibility`,status:`Status`,tags:`Tags`,published:`Published`,updated:`Last updated`,draft:`Draft`,scrollHint:`Scrolls sideways`},errors:{NETWORK:`The server could not be reached. Check your connection and try again.`,NOT_FOUND:`This record does not exist, or you are not allowed to see it.`,FORBIDDEN:`You are not allowed to do this.`,UNAUTHENTICATED:`Your sign-in is no longer valid. Please sign in again.`,BAD_USER_INPUT:`Some of what was sent is not valid.`,CONFLICT:`Someone else changed this record since you opened it.`,RATE_LIMITED:`Too many requests. Wait a moment and try again.`,QUERY_TOO_COMPLEX:`The request asked for too much at once.`,INTERNAL_SERVER_ERROR:`The server failed to answer. Try again later.`,SERVICE_UNAVAILABLE:`The service is not available just now. Try again in a moment.`,TIMEOUT:`The server took too long to answer. Try again, or ask for less at once.`,fallback:`The request failed.`},labels:{co:{CO_COMMISSIONING:`Co-commissioning`,CO_DESIGN:`Co-design`,CO_DELIVERY:`Co-delivery`,CO_ASSESSMENT:`Co-assessment`},coHint:{CO_COMMISSIONING:`Prioritising and planning services with users and communities`,CO_DESIGN:`Redesigning services with citizens`,CO_DELIVERY:`Delivering services and preventive action together`,CO_ASSESSMENT:`Citizens as evaluators of quality and outcomes`},step:{MAP_IT:`Map It`,FOCUS_IT:`Focus It`,PEOPLE_IT:`People It`,MARKET_IT:`Market It`,GROW_IT:`Grow It`},nation:{ENGLAND:`England`,SCOTLAND:`Scotland`,WALES:`Wales`,NORTHERN_IRELAND:`Northern Ireland`},area:{ADULT_SOCIAL_CARE:`Adult social care`,CHILDREN_AND_YOUNG_PEOPLE:`Children and young people`,HEALTH:`Health`,COMMUNITY_SAFETY:`Community safety`,ENVIRONMENT:`Environment`,HOUSING:`Housing`,EDUCATION:`Education`,CULTURE_AND_LEISURE:`Culture and leisure`,TRANSPORT:`Transport`,COMMISSIONING_AND_FUNDING:`Commissioning and funding`,WHOLE_COUNCIL:`Whole council`,OTHER:`Other`},visibility:{PRIVATE:`Private: your organisation only`,NETWORK:`Network: members of the network`,PUBLIC:`Public: anyone, once published`},visibilityShort:{PRIVATE:`Private`,NETWORK:`Network`,PUBLIC:`Public`},status:{DRAFT:`Draft`,PUBLISHED:`Published`,ARCHIVED:`Archived`},stepKind:{ACTIVITY:`Activities`,OUTPUT:`Outputs`,INTERMEDIATE_OUTCOME:`Intermediate outcomes`,FINAL_OUTCOME:`Final outcomes`},peerReviewKind:{PEER_REVIEW:`Peer review`,STUDY_VISIT:`Study visit`},peerReviewStatus:{REQUESTED:`Requested`,ACCEPTED:`Accepted`,DECLINED:`Declined`,COMPLETED:`Completed`,CANCELLED:`Cancelled`},party:{SERVICE:`The public service`,COMMUNITY:`The community`},commitmentKind:{RIGHT:`Rights`,RESPONSIBILITY:`Responsibilities`},riskLevel:{LOW:`Low`,MEDIUM:`Medium`,HIGH:`High`},charterStatus:{DRAFT:`Draft`,ADOPTED:`Adopted`,RETIRED:`Retired`},indicatorKind:{OUTCOME:`Outcome indicator`,PROCESS:`Process indicator`},quadrant:{QUICK_WIN:`Quick win`,MAJOR_PROJECT:`Major project`,FILL_IN:`Fill-in`,THANKLESS_TASK:`Thankless task`},role:{VIEWER:`Viewer`,EDITOR:`Editor`,ADMIN:`Administrator`,SYNC:`Sync partner`,CURATOR:`Curator`},reportReason:{INACCURATE:`Inaccurate information`,OUTDATED:`Out of date`,PERSONAL_DATA:`Contains personal data`,OFFENSIVE:`Offensive`,COPYRIGHT:`Breaches copyright`,SPAM:`Spam or advertising`,OTHER:`Something else`},reportStatus:{OPEN:`Open`,RESOLVED:`Resolved`},order:{UPDATED_AT:`Recently updated`,PUBLISHED_AT:`Recently published`,TITLE:`Title (A to Z)`,RELEVANCE:`Best match`},assetKind:{PLACE:`Place`,GROUP:`Group`,EQUIPMENT:`Equipment`,SKILL:`Skill`},contribution:{DIGITAL:`Digital`,TRANSPORT:`Transport`,CARING:`Caring`,LANGUAGE:`Language`,PRACTICAL:`Practical help`,COMPANIONSHIP:`Companionship`,OTHER:`Other`},availability:{WEEKDAY_DAYTIME:`Weekday daytimes`,WEEKDAY_EVENING:`Weekday evenings`,WEEKEND:`Weekends`},willingness:{AS_NOW:`As much as now`,A_LITTLE_MORE:`A little more`,A_LOT_MORE:`A lot more`},targetGroup:{SERVICE_USERS:`Service users`,COMMUNITIES:`Communities`,STAFF:`Staff`,MANAGERS:`Managers`,COMMISSIONERS:`Commissioners`,POLITICIANS:`Politicians`},incentiveKind:{FINANCIAL:`Financial`,NON_FINANCIAL:`Non-financial`},barrierGroup:{STAFF:`Barriers for staff`,SERVICE_USERS:`Barriers for service users`,COMMUNITIES:`Barriers for communities`,ORGANISATIONAL:`Barriers in the organisation`},templateChange:{ADDED:`Added`,REMOVED:`Removed`},charterPart:{COMMITMENT:`commitment`,RISK:`risk`},cashFlowCategory:{COUNCIL_COST:`Cost to the council`,PARTNER_COST:`Cost to partners`,CASHABLE_SAVING:`Cashable saving`,NON_CASHABLE_SAVING:`Non-cashable saving`,SOCIAL_VALUE:`Social value`},optionRanking:{NPV:`Net present value`,BENEFIT_COST_RATIO:`Benefit-cost ratio`,IMPACT_MATRIX:`Impact Matrix (quick wins first)`},languageName:e=>({en:`English`,cy:`Welsh`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`an account of impact`,`correlation`,`causation`,`independent replication`,`scaled`][e-1]??``},home:{title:`Co-production case studies`,titleSearch:e=>`“${e}”: case studies`,intro:`Case studies from councils across the UK, placed on the Co-Production Star: the Four Co's (how citizens take part) and the five steps of the journey.`,searchLabel:`Search case studies`,searchHint:`Words in the title, summary, tags or text`,searchButton:`Search`,starHeading:`The Co-Production Star`,starCaption:`Case studies by Co and step`,starHint:`Choose a number to show those case studies; choose it again to show all. Choose a Co or a step to filter by it alone.`,starCorner:`Co / step`,coButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this Co`,stepButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this step`,cellLabel:(e,t,n,r)=>`${z(e,`case study`,`case studies`)}: ${t} at ${n}${r?` (shown; choose to show all)`:``}`,filtersHeading:`Filters`,facetCo:`Co's`,facetStep:`Star step`,facetArea:`Service area`,facetNation:`Nation`,facetLanguage:`Language`,facetEvidence:`Evidence on the pathway`,evidenceHint:`Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.`,anyArea:`All service areas`,anyEvidence:`Any, or none`,evidenceAtLeast:e=>`Level ${e} or higher`,resultsHeading:`Case studies`,count:e=>z(e,`case study`,`case studies`),showing:(e,t)=>`Showing ${e} of ${t}`,sortLabel:`Sort by`,loadMore:`Load more`,loadingMore:`Loading more…`,noResults:`No case studies match these filters.`,clearFilters:`Clear all filters`,searchFor:e=>`Search: “${e}”`,removeFilter:e=>`Remove filter: ${e}`,activeFilters:`Filters in use`,passageInText:`In the text:`},caseStudy:{about:`About this case study`,councilHeading:`Council`,initiative:`Initiative`,noInitiative:`This case study is not linked to an initiative you can see.`,edit:`Edit this case study`,publish:`Publish`,publishing:`Publishing…`,publishedNow:`The case study is published.`,saved:`Your changes are saved.`,created:`The case study is created as a draft.`,storyHeading:`The story`},curation:{featured:`Featured`,verified:`Verified`,verifiedBy:(e,t)=>`Verified by ${e} on ${t}.`,verifiedOn:e=>`Verified on ${e}.`,note:`Note:`,hidden:e=>`Hidden from the public: ${e}`,featuredHeading:`Featured by the network`,featuredIntro:`Case studies the network's curators recommend.`,heading:`Curation`,intro:e=>`As a curator for ${e}, you can feature, verify or hide this case study.`,notCuratable:`Only public, published case studies can be featured, verified or hidden.`,feature:`Feature on the home page`,unfeature:`Stop featuring`,featuredNow:`The case study is featured on the home page.`,unfeaturedNow:`The case study is no longer featured.`,verifyNote:`Verification note (optional)`,verifyHint:`What you checked, and against what.`,verify:`Mark as verified`,verifiedNow:`The case study is marked as verified.`,hideReason:`Reason for hiding it`,hideHint:`Members still see the case study, with this reason; the public does not.`,hideReasonEmpty:`Give a reason for hiding it.`,hide:`Hide from the public`,hiddenNow:`The case study is hidden from the public.`,unhide:`Show to the public again`,unhiddenNow:`The case study is shown to the public again.`,working:`Saving…`},report:{heading:`Report a problem`,intro:`Tell the network's curators and the council's administrators if this case study is wrong, out of date or should not be shared.`,open:`Report this case study`,reason:`What is wrong`,chooseReason:`Choose a reason`,reasonEmpty:`Choose what is wrong.`,details:`Details (optional)`,detailsHint:`What is wrong, and how you know. Up to 1,000 characters.`,submit:`Send the report`,sending:`Sending…`,cancel:`Cancel`,sent:`Thank you. Your report was sent to the network's curators and the council's administrators.`},reports:{title:`Reports about case studies`,intro:`Members report case studies that are wrong, out of date or should not be shared. Answer each with what was done.`,needSignIn:`Sign in as an administrator or a curator to see reports.`,notAllowed:`Only administrators and curators see reports.`,show:`Show`,showOpen:`Open reports`,showResolved:`Resolved reports`,noneOpen:`There are no open reports.`,noneResolved:`There are no resolved reports.`,count:e=>z(e,`report`,`reports`),unknownCaseStudy:`A case study you can no longer see`,council:`Council`,reason:`Reason`,details:`Details`,reporter:`Reported by`,reported:`Reported on`,outcome:`What was done`,resolvedBy:`Resolved by`,resolved:`Resolved on`,outcomeHint:`Kept with the report: what you changed, or why nothing needed to change.`,outcomeEmpty:`Say what was done.`,resolve:`Resolve the report`,resolving:`Resolving…`,resolvedNow:`The report is resolved.`},revisions:{heading:`Revision history`,intro:`Every saved change, newest first. Restoring an earlier version saves its content as a new version, so nothing is lost.`,none:`No revisions to show.`,version:e=>`Version ${e}`,current:`current`,meta:(e,t)=>`${e}, by ${t}`,unknown:`unknown`,before:`Before:`,after:`After:`,empty:`(empty)`,noChanges:`No field changed.`,base:`As it was before the first change listed above.`,restore:`Restore this version`,restoring:`Restoring…`,restored:(e,t)=>`Version ${e} is restored as version ${t}.`,showing:(e,t)=>`Showing the latest ${e} of ${t} revisions.`,field:(e,t)=>`${e} (${t})`,fields:{title:`Title`,summary:`Summary`,body:`Body`,coTypes:`Co's`,serviceArea:`Service area`,tags:`Tags`,language:`Language`,visibility:`Visibility`,initiativeId:`Initiative`,externalId:`External id`,status:`Status`,verifiedBy:`Verified mark`,deleted:`Deleted`,commitments:`Commitments`,risks:`Risks`}},completeness:{heading:`Completeness`,score:e=>`${e}% complete`,missingIntro:`To make it more useful to other councils, add:`,complete:`It has everything recommended.`,missing:{coType:`the Co's it shows (co-commissioning, co-design, co-delivery or co-assessment)`,starStep:`a link to an initiative, which places it on a step of the Star`,outcomeIndicator:`an outcome indicator on its initiative`,evidence:`evidence on a link of its initiative's pathway`,summary:`a longer summary, of at least 200 characters`,welshTranslation:`a Welsh translation (expected of a council in Wales)`}},translation:{notTranslated:e=>`Not yet translated into English: shown in ${e}.`,machine:`Translated by machine.`,outdated:`This translation is older than the original.`,available:`Available in`,status:{ORIGINAL:`original`,HUMAN:`translation`,MACHINE:`machine translation`,OUTDATED:`out-of-date translation`},shownIn:e=>`In ${e}`},initiative:{heading:`Initiative`,about:`About this initiative`,caseStudiesHeading:`Case studies of this initiative`,noCaseStudies:`No case studies of this initiative that you can see.`,appraisal:`Focus It appraisal`,impact:`Impact (1 to 5)`,ease:`Ease (1 to 5)`,quadrant:`Impact Matrix`,benefitCost:`Benefit-cost ratio`,annualCost:`Cost per year`,annualBenefit:`Benefit per year`,notAppraised:`Not appraised yet.`,openInitiative:`Open the initiative`},pathway:{heading:`Pathway to outcomes`,intro:`How the activities are expected to lead to outcomes, and the evidence that each link holds.`,none:`No pathway has been recorded for this initiative yet.`,diagramTitle:e=>`Pathway to outcomes of ${e}`,diagramDesc:(e,t,n)=>`${z(e,`step`,`steps`)} and ${z(t,`link`,`links`)}; ${z(n,`link has`,`links have`)} an evidence gap. Each link is listed below with its evidence.`,legend:`N: Nesta level · M: Maryland level · E: EMMIE assessed · Dashed red: evidence gap`,gap:`Gap`,gapBadge:`Evidence gap`,gapsSummary:(e,t,n)=>`${e} of ${z(t,`link has`,`links have`)} no evidence at Nesta level ${n} or above.`,noGaps:e=>`Every link has evidence at Nesta level ${e} or above.`,linksHeading:`Links and their evidence`,leadsTo:`leads to`,noEvidence:`No evidence recorded.`,nesta:(e,t)=>`Nesta level ${e} (${t})`,maryland:e=>`Maryland level ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effect`,mechanism:`Mechanism`,moderators:`Moderators`,implementation:`Implementation`,economics:`Economics`},source:`Source`,observed:`Observed`},indicators:{heading:`Outcome indicators`,none:`No indicators recorded.`,baseline:`Baseline`,target:`Target`,latest:`Latest`,change:`Change since baseline`,progressLabel:e=>`Progress towards target: ${e}`,progress:e=>`${e}% of the way from baseline to target`,noProgress:`Progress cannot be worked out: a baseline, target and measurement are all needed.`,on:(e,t)=>`${e} on ${t}`},charter:{heading:`Co-Production Charter`,none:`No charter recorded for this initiative.`,adopted:`Adopted`,risksHeading:`Risks and how they are managed`,noRisks:`No risks recorded.`,risk:`Risk`,likelihood:`Likelihood`,impact:`Impact`,mitigation:`How it is managed`,signatories:`Signed by`,nothing:`None recorded.`},similar:{heading:`Similar initiatives of other councils`,none:`No similar initiatives of other councils found.`,match:e=>`${e}% match`,why:`Why it matches`,sharedCo:`Shared Co's`,sharedTags:`Shared tags`,sharedWords:`Shared words`,sameArea:`Same service area`,furtherAlong:`Further along the five steps`},peerReview:{heading:`Request a peer review`,intro:e=>`Ask ${e} to host your organisation for a peer review or a study visit about this case study.`,signInPrompt:`Sign in as a member of the network to request a peer review.`,editorsOnly:`Requests are made by editors of your organisation.`,kind:`What kind of visit`,date:`Proposed date (optional)`,dateHint:`Today or later.`,message:`Message to the host (optional)`,submit:`Send the request`,sending:`Sending…`,sent:(e,t,n)=>`Your request for a ${e.toLowerCase()} was sent to ${t}. Status: ${n}.`,yours:`Your requests about this case study`,on:e=>`proposed for ${e}`},editor:{titleNew:`New case study`,titleEdit:e=>`Edit: ${e}`,titleEditShort:`Edit a case study`,chooseServiceArea:`Choose a service area.`,intro:e=>`For ${e}. New case studies start as drafts.`,introEdit:e=>`A case study of ${e}.`,errorSummary:`There is a problem`,title:`Title`,titleHint:`1 to 200 characters.`,summary:`Summary`,summaryHint:`One or two sentences for lists and search results; up to 1,000 characters.`,body:`The full account`,bodyHint:`Plain text. Leave a blank line between paragraphs.`,coTypes:`Co's the case shows`,coTypesHint:`Choose at least one.`,serviceArea:`Service area`,tags:`Tags`,tagsHint:`Up to 20 tags of up to 40 characters, separated by commas, for example: young-people, commissioning`,language:`Language of the text`,visibility:`Who may read it`,initiative:`Initiative`,noInitiative:`Not linked to an initiative`,save:`Save changes`,create:`Create the case study`,saving:`Saving…`,cancel:`Cancel`,conflict:e=>`Someone else saved this case study since you opened it${e==null?``:` (it is now at version ${e})`}.`,reload:`Discard my changes and load theirs`,overwrite:`Save my version over theirs`,needSignIn:`Sign in as an editor to write case studies.`,notEditor:`Your role cannot write case studies: editors and administrators can.`,notOwner:e=>`Only editors of ${e} can edit this case study.`,fieldError:e=>`Error: ${e}`,otherErrors:`The server refused the change`},toolkit:{heading:`Co-Production Star toolkit`,tabsLabel:`Toolkit`,tabs:{assets:`Assets`,incentives:`Incentives`,charter:`Charter`,businessCase:`Business case`,matches:`Matches`,participants:`Participants`},fewerThan5:`fewer than 5`,ownerOnly:e=>`Only members of ${e} see this.`,assetsHeading:`Community assets`,noAssets:`No community assets recorded that you can see.`,assetLocation:`Where`,assetContact:`How to get in touch`,summaryHeading:`Offers, needs and matches`,summaryIntro:`What participants offer and need, by kind of contribution. Outside the council, a number below 5 is not shown, so that nobody can be recognised.`,summaryCaption:`Offers, needs and matches by kind of contribution`,participantCount:`Participants`,assetCount:`Community assets`,category:`Kind of contribution`,offers:`Offers`,needs:`Needs`,matches:`Matches`,noCategories:`No offers or needs recorded yet.`,incentivesHeading:`Incentive menu`,incentivesIntro:`What encourages each group to take part, and how many people took it up.`,noIncentives:`No incentives recorded.`,targetGroup:`For`,incentiveKind:`Kind`,cost:`Cost`,noCost:`No cost given`,fromTemplate:(e,t)=>`From the incentive menu of ${e}: “${t}”`,ownIncentive:`Added by the council itself.`,totalUptake:`Taken up by`,people:e=>z(e,`person`,`people`),fewerPeople:`fewer than 5 people`,uptakeHeading:`Uptake by period`,period:(e,t)=>`${e} to ${t}`,noUptake:`No uptake recorded yet.`,charterHeading:`Where the charters come from`,noCharters:`No charter recorded for this initiative.`,adaptedFrom:e=>`Adapted from “${e}”`,templateBy:e=>`A template published by ${e}.`,ownCharter:`Written by the council, not adapted from a template.`,differencesHeading:`Changes made to the template`,noDifferences:`No changes: it is the template as published.`,businessCaseHeading:`Business case`,noBusinessCase:`No business case recorded for this initiative.`,printable:`Printable business case`,matchesHeading:`Offers that fit needs`,matchesIntro:`Best first. Participants are shown by their reference only.`,noMatches:`No offer fits a need yet.`,offer:`Offer`,need:`Need`,offeredBy:`Offered by`,neededBy:`Needed by`,sharedAvailability:`Both available`,noSharedAvailability:`No time in common`,fit:e=>`${e}% fit`,participantsHeading:`Participants`,participantsIntro:`Pseudonymous references only: no names or contact details are kept here.`,noParticipants:`No participants recorded.`,consentedOn:`Consented on`,willingness:`Would contribute`,withdrawn:e=>`Consent withdrawn on ${e}: their offers and needs are deleted.`,offersHeading:`Offers`,needsHeading:`Needs`,nothing:`None.`},toolkitEdit:{problem:`There is a problem`,enterNumber:`Enter a number.`,enterWholeNumber:`Enter a whole number, 0 or more.`,enterDate:`Enter a date.`,addHeading:`Add a participant`,addIntro:`A pseudonymous reference only: never a name, email address or phone number, here or in a description.`,reference:`Reference`,referenceHint:`Your council's code for them, such as WV-017: letters, digits, '-', '_', '.' or '/', with no spaces.`,consentedOn:`Consented on`,consentedOnHint:`The day they consented to take part; not a future date.`,willingness:`How much more they would contribute`,offerLegend:`What they offer (optional)`,needLegend:`What they would like help with (optional)`,contributionHint:`Leave the kind at “None” to record nothing here.`,kind:`Kind of contribution`,noKind:`None`,description:`Description`,descriptionHint:`Up to 300 characters, with no contact details.`,availability:`When they can`,availabilityHint:`At least one.`,chooseKind:`Choose a kind of contribution, or clear the description and times.`,addSubmit:`Add the participant`,adding:`Adding…`,added:e=>`Participant ${e} is added.`,withdraw:`Withdraw consent`,withdrawWho:e=>` (${e})`,withdrawConfirm:e=>`Withdraw the consent of ${e}? Their offers and needs are deleted for good; this cannot be undone.`,withdrawYes:`Yes, withdraw consent`,withdrawNo:`Keep them`,withdrawing:`Withdrawing…`,withdrawnNow:e=>`The consent of ${e} is withdrawn.`,copyHeading:`Copy from the network's menu`,copyIntro:`Incentives the network's bodies publish for every council. Each copy names the template it came from.`,copyLegend:`Incentives to copy`,alreadyCopied:`Already on this menu.`,templateMeta:(e,t,n)=>`${e}. For: ${t}. ${n}.`,noTemplates:`The network has published no incentives yet.`,chooseTemplate:`Choose at least one incentive to copy.`,copySubmit:`Copy to this menu`,copying:`Copying…`,copied:e=>`${z(e,`incentive`,`incentives`)} copied to this menu.`,uptakeLegend:`Record uptake`,uptakePeople:`People`,uptakeFrom:`From`,uptakeTo:`To`,uptakeSubmit:`Record uptake`,recording:`Recording…`,recorded:(e,t,n)=>`Recorded: ${e}, ${t} to ${n}.`,editHeading:`Set the business case`,editIntro:`Yearly amounts over up to 30 years. The server discounts them and works out every figure; saving replaces the business case.`,rate:`Discount rate (% a year)`,rateHint:`The HM Treasury Green Book's rate is 3.5%.`,rateRange:`Enter a rate from 0 to 100%.`,currency:`Currency`,currencyHint:`An ISO 4217 code, such as GBP or EUR.`,flowsCaption:`Yearly amounts`,flowsHint:`Year 0 is now and is not discounted. Amounts are 0 or more; the kind says whether each is a cost or a benefit.`,year:`Year`,category:`Kind`,amount:`Amount`,rowLabel:(e,t)=>`${e}, row ${t}`,removeRow:e=>`Remove row ${e}`,remove:`Remove`,addRow:`Add a row`,noRows:`Add at least one yearly amount.`,saveCase:`Save the business case`,saving:`Saving…`,savedCase:(e,t)=>`The business case is saved: net present value ${e}, benefit-cost ratio ${t}.`},businessCase:{eyebrow:`Business case`,title:e=>`Business case: ${e}`,backToInitiative:`Back to the initiative`,print:`Print`,none:`No business case has been recorded for this initiative.`,owner:`Council`,discountRate:`Discount rate`,currency:`Currency`,updated:`Last updated`,summaryHeading:`Summary`,figuresCaption:`Present values, central estimate and sensitivity`,scenario:`Scenario`,central:`Central estimate`,sensitivity:`Benefits −20%, costs +20%`,pvBenefits:`Present value of benefits`,pvCosts:`Present value of costs`,npv:`Net present value`,bcr:`Benefit-cost ratio`,payback:`Discounted payback year`,noPayback:`Not paid back`,notDefined:`Not defined`,yearsHeading:`Year by year`,yearsCaption:`Benefits and costs by year, discounted`,year:`Year`,benefits:`Benefits`,costs:`Costs`,discountFactor:`Discount factor`,discountedNet:`Discounted net benefit`,cumulative:`Cumulative discounted net benefit`,noYears:`No cash flows recorded.`,basis:(e,t)=>`Future benefits and costs are discounted at ${e} a year. Amounts in ${t}.`},toolkitPage:{title:`Co-Production Star toolkit`,rankedHeading:`Your options ranked`,rankedIntro:e=>`The initiatives of ${e}, ranked as options to invest in.`,rankBy:`Rank by`,rankedCaption:e=>`Your initiatives, best first (${e})`,rank:`Rank`,initiative:`Initiative`,npv:`Net present value`,bcr:`Benefit-cost ratio`,quadrant:`Impact Matrix`,noBusinessCase:`No business case`,notAppraised:`Not appraised`,noOptions:`Your organisation has no initiatives to rank yet.`,intro:`Tools the network shares: the Barriers to Co-production survey and charter templates to adapt.`,surveysHeading:`Barriers to Co-production survey`,noSurveys:`No survey has been published yet.`,published:(e,t,n)=>`Version ${n}, published by ${e} on ${t}.`,barriersCount:e=>z(e,`barrier`,`barriers`),runsHeading:`Your organisation’s results`,signInForRuns:`Sign in as a member to see your organisation’s results.`,noRuns:`Your organisation has not run this survey yet.`,run:(e,t,n)=>`${e}: ${t} to ${n}`,responses:e=>z(e,`response`,`responses`),resultsCaption:e=>`Results for ${e}, with the benchmark of other councils`,barrier:`Barrier`,answers:`Answers`,meanScore:`Mean score (1 to 5)`,share:`Reporting the barrier`,benchmark:`Benchmark`,benchmarkFigures:(e,t,n)=>`mean ${e}, ${t} reporting it (${z(n,`council`,`councils`)})`,noBenchmark:`No benchmark yet: fewer than 5 councils with 10 responses`,scoreHint:`Each barrier is scored from 1 (not a barrier) to 5 (a major barrier); a score of 4 or 5 counts as reporting it.`,templatesHeading:`Charter templates`,templatesIntro:`Charters published by the network’s bodies, for a council to adapt to its own initiative.`,noTemplates:`No charter templates published yet.`,templateMeta:(e,t)=>`Published by ${e}. Language: ${t}.`,templateSize:(e,t)=>`${z(e,`commitment`,`commitments`)} and ${z(t,`risk`,`risks`)}`},signIn:{title:`Sign in`,intro:`Members of the network sign in with a token issued for their organisation. Signed in, you also see what the network shares with its members.`,tokenHeading:`Sign in with a token`,tokenLabel:`Your token`,tokenHint:`Paste the bearer token (a JWT) your organisation gave you. It is kept only in this browser tab.`,tokenSubmit:`Sign in`,checking:`Checking…`,tokenEmpty:`Paste a token first.`,tokenRefused:`The server did not accept this token.`,devHeading:`Development sign-in`,devIntro:`This server runs on its development default: it can issue a token for any organisation of the demo network.`,organisation:`Organisation`,role:`Role`,curatorHint:`For a network body such as Governance International: features, verifies and hides public case studies, and answers reports.`,devSubmit:`Issue a development token`,devFailed:`The server did not issue a token.`,signedIn:(e,t)=>`You are signed in for ${e} (${t}).`,expired:`Your sign-in expired or was revoked. Please sign in again.`}},Rt=`costar.ui-lang`,zt={en:Lt,cy:It},Bt=new Set;function Vt(){try{let e=localStorage.getItem(Rt);if(e===`en`||e===`cy`)return e}catch{}return navigator.language.toLowerCase().startsWith(`cy`)?`cy`:`en`}var Ht=Vt();function Ut(){return Ht}function Wt(){return zt[Ht]}function Gt(e){Ht=e,document.documentElement.lang=e;try{localStorage.setItem(Rt,e)}catch{}for(let e of Bt)e()}function B(){let[,e]=N(Ht);return P(()=>{let t=()=>e(Ht);return Bt.add(t),()=>{Bt.delete(t)}},[]),Ht}function V(){return zt[B()]}function Kt(){return Ht===`cy`?`cy-GB`:`en-GB`}function H(e,t){return new Intl.NumberFormat(Kt(),t).format(e)}function qt(e,t,n=!1){let r=n?2:0;try{return H(e,{style:`currency`,currency:t,minimumFractionDigits:r,maximumFractionDigits:r})}catch{return`${H(e,{maximumFractionDigits:r})} ${t}`}}function Jt(e,t=0){return H(e,{style:`percent`,maximumFractionDigits:t})}function U(e){let t=new Date(e.length===10?`${e}T00:00:00Z`:e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(Kt(),{dateStyle:`long`,timeZone:`UTC`}).format(t)}function Yt(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(Kt(),{dateStyle:`long`,timeStyle:`short`}).format(t)}function Xt(){let[e,t]=N(Ue());return P(()=>Je(()=>t(Ue())),[]),e}function Zt(e){return e instanceof L?e:new L([At(`UNKNOWN`,String(e))],0)}function W(e,t,n={}){let r=Xt(),i=`${JSON.stringify(t)}|${r??``}|${n.skip?`skip`:``}`,[a,o]=N(0),[s,c]=N({key:``,loading:!n.skip}),l=F(t);l.current=t,P(()=>{if(n.skip){c({key:i,loading:!1});return}let t=new AbortController;return c(e=>({key:i,data:n.keepPrevious||e.key===i?e.data:void 0,loading:!0})),(n.partial?Pt(e,l.current,{signal:t.signal}):R(e,l.current,{signal:t.signal}).then(e=>({data:e,error:null}))).then(({data:e,error:t})=>c({key:i,data:e,error:t??void 0,loading:!1}),e=>{t.signal.aborted||c(t=>({key:i,data:t.data,error:Zt(e),loading:!1}))}),()=>t.abort()},[i,a]);let u=s.key===i;return{data:u||n.keepPrevious?s.data:void 0,error:u?s.error:void 0,loading:!u||s.loading,reload:()=>o(e=>e+1)}}var Qt=fe({viewer:null,loading:!1});function $t(){return ke(Qt)}function en(e){return e?.roles.some(e=>e===`EDITOR`||e===`ADMIN`)??!1}function tn(e){return e?.roles.includes(`CURATOR`)??!1}function nn(e){return e?.roles.some(e=>e===`ADMIN`||e===`CURATOR`)??!1}function rn(e){let t=V();P(()=>{document.title=e?`${e} – ${t.app.titleSuffix}`:t.app.titleSuffix},[e,t])}function G(e){let t=Wt(),n=e.errors[0];if(!n)return t.errors.fallback;let r=t.errors[n.code];return n.code===`BAD_USER_INPUT`||n.code===`FORBIDDEN`||n.code===`CONFLICT`?`${r??t.errors.fallback} ${n.message}`:r??`${t.errors.fallback} ${n.message}`}var an=Symbol.for(`pv`),on=0;Array.isArray;function K(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:an,__v:--on,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function sn(e){return Jt(e,2)}function cn({id:e,businessCase:t}){let n=V().businessCase,r=e=>qt(e,t.currency),i=(e,t,i)=>K(`tr`,{class:i,children:[K(`th`,{scope:`row`,children:e}),K(`td`,{class:`num bc-pv-benefits`,children:r(t.presentValueBenefits)}),K(`td`,{class:`num bc-pv-costs`,children:r(t.presentValueCosts)}),K(`td`,{class:`num bc-npv`,children:r(t.npv)}),K(`td`,{class:`num bc-bcr`,children:t.benefitCostRatio==null?n.notDefined:H(t.benefitCostRatio,{maximumFractionDigits:2})}),K(`td`,{class:`num bc-payback`,children:t.paybackYear==null?n.noPayback:String(t.paybackYear)})]});return K(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":`${e}-caption`,tabIndex:0,children:K(`table`,{class:`data-table figures-table`,children:[K(`caption`,{id:`${e}-caption`,children:n.figuresCaption}),K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,children:n.scenario}),K(`th`,{scope:`col`,class:`num`,children:n.pvBenefits}),K(`th`,{scope:`col`,class:`num`,children:n.pvCosts}),K(`th`,{scope:`col`,class:`num`,children:n.npv}),K(`th`,{scope:`col`,class:`num`,children:n.bcr}),K(`th`,{scope:`col`,class:`num`,children:n.payback})]})}),K(`tbody`,{children:[i(n.central,t,`bc-central`),i(n.sensitivity,t.sensitivity,`bc-sensitivity`)]})]})})}var ln=new Set;function un(){return{path:window.location.pathname,search:window.location.search}}var dn=un();function fn(){dn=un();for(let e of ln)e()}var pn=!1;function mn(){let e=pn;return pn=!1,e}function hn(e,t={}){let n=new URL(e,window.location.href),r=n.pathname+n.search+n.hash;(r!==window.location.pathname+window.location.search+window.location.hash||t.replace)&&(t.replace?window.history.replaceState(null,``,r):window.history.pushState(null,``,r),pn=!t.keepFocus,fn(),t.keepScroll||window.scrollTo(0,0))}function gn(){let[e,t]=N(dn);return P(()=>{let e=()=>t(dn);return ln.add(e),e(),()=>{ln.delete(e)}},[]),e}function _n(){window.addEventListener(`popstate`,()=>{let e=un();(e.path!==dn.path||e.search!==dn.search)&&(pn=!0,fn())}),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target instanceof Element?e.target.closest(`a`):null;if(!t?.href||t.hasAttribute(`download`)||t.target&&t.target!==`_self`)return;let n=new URL(t.href);n.origin===window.location.origin&&(n.pathname===window.location.pathname&&n.search===window.location.search&&n.hash||(e.preventDefault(),hn(n.pathname+n.search+n.hash)))})}function vn(e){try{return decodeURIComponent(e)}catch{return e}}function yn(e){let t=e.split(`/`).filter(e=>e!==``),[n,r,i]=t;if(t.length===0)return{name:`home`};if(n===`sign-in`&&t.length===1)return{name:`signIn`};if(n===`reports`&&t.length===1)return{name:`reports`};if(n===`toolkit`&&t.length===1)return{name:`toolkit`};if(n===`case-studies`&&r!==void 0){if(t.length===2)return r===`new`?{name:`caseStudyNew`}:{name:`caseStudy`,id:vn(r)};if(t.length===3&&i===`edit`)return{name:`caseStudyEdit`,id:vn(r)}}if(n===`initiatives`&&r!==void 0){if(t.length===2)return{name:`initiative`,id:vn(r)};if(t.length===3&&i===`business-case`)return{name:`businessCase`,id:vn(r)}}return{name:`notFound`}}var q={home:`/`,caseStudy:e=>`/case-studies/${encodeURIComponent(e)}`,caseStudyEdit:e=>`/case-studies/${encodeURIComponent(e)}/edit`,caseStudyNew:`/case-studies/new`,initiative:e=>`/initiatives/${encodeURIComponent(e)}`,businessCase:e=>`/initiatives/${encodeURIComponent(e)}/business-case`,toolkit:`/toolkit`,signIn:e=>e?`/sign-in?next=${encodeURIComponent(e)}`:`/sign-in`,reports:`/reports`};function bn(){let e=V();return rn(e.common.notFoundTitle),K(b,{children:[K(`h1`,{children:e.common.notFoundTitle}),K(`p`,{children:e.common.notFoundBody}),K(`p`,{children:K(`a`,{href:q.home,children:e.common.backToExplorer})})]})}function J({label:e}){let t=V();return K(`p`,{class:`loading`,role:`status`,children:[K(`span`,{class:`spinner`,"aria-hidden":`true`}),e??t.common.loading]})}function xn({error:e,onRetry:t}){let n=V();return K(`div`,{class:`notice notice-error`,role:`alert`,children:[K(`h2`,{class:`notice-title`,children:n.common.errorTitle}),K(`p`,{children:G(e)}),t&&K(`button`,{type:`button`,class:`button button-secondary`,onClick:t,children:n.common.retry})]})}function Sn({kind:e,children:t}){return K(`div`,{class:`notice notice-${e}`,role:`status`,children:t})}function Cn(e){return e.errors.every(e=>e.code===`NOT_FOUND`)}function wn({query:e,record:t,title:n,children:r}){let i=V(),a=t==null&&e.error&&!(e.data!=null&&Cn(e.error))?e.error:null;return rn(t==null?a?i.common.errorTitle:e.data==null?i.common.loading:i.common.notFoundTitle:n(t)),t==null?a?K(b,{children:[K(`h1`,{children:i.common.errorTitle}),K(xn,{error:a,onRetry:e.reload})]}):e.data==null?K(J,{}):K(bn,{}):K(b,{children:r(t)})}function Tn({id:e}){let t=V(),n=W(xt,{id:e,lang:B()},{partial:!0,keepPrevious:!0}),r=n.data?.node;return K(wn,{query:n,record:r?.__typename===`Initiative`?r:null,title:e=>t.businessCase.title(e.title),children:e=>K(En,{initiative:e})})}function En({initiative:e}){let t=V().businessCase,n=e.businessCase;return K(`article`,{class:`business-case`,children:[K(`div`,{class:`no-print business-case-actions`,children:[K(`p`,{class:`breadcrumb`,children:K(`a`,{href:q.initiative(e.id),children:t.backToInitiative})}),n&&K(`button`,{type:`button`,class:`button`,onClick:()=>window.print(),children:t.print})]}),K(`header`,{class:`page-header`,children:[K(`p`,{class:`eyebrow`,children:t.eyebrow}),K(`h1`,{lang:e.servedLanguage,children:e.title})]}),n?K(b,{children:[K(`dl`,{class:`summary-list business-case-meta`,children:[K(`div`,{children:[K(`dt`,{children:t.owner}),K(`dd`,{class:`business-case-owner`,children:e.owner.name})]}),K(`div`,{children:[K(`dt`,{children:t.discountRate}),K(`dd`,{children:sn(n.discountRate)})]}),K(`div`,{children:[K(`dt`,{children:t.currency}),K(`dd`,{children:n.currency})]}),K(`div`,{children:[K(`dt`,{children:t.updated}),K(`dd`,{children:U(n.updatedAt)})]})]}),K(`section`,{class:`section`,"aria-labelledby":`bc-summary-h`,children:[K(`h2`,{id:`bc-summary-h`,children:t.summaryHeading}),K(cn,{id:`bc-figures`,businessCase:n}),K(`p`,{class:`hint`,children:t.basis(sn(n.discountRate),n.currency)})]}),K(`section`,{class:`section`,"aria-labelledby":`bc-years-h`,children:[K(`h2`,{id:`bc-years-h`,children:t.yearsHeading}),K(Dn,{businessCase:n})]})]}):K(`p`,{class:`empty`,children:t.none})]})}function Dn({businessCase:e}){let t=V().businessCase;if(e.years.length===0)return K(`p`,{class:`empty`,children:t.noYears});let n=t=>qt(t,e.currency);return K(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":`bc-years-caption`,tabIndex:0,children:K(`table`,{class:`data-table years-table`,children:[K(`caption`,{id:`bc-years-caption`,children:t.yearsCaption}),K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,children:t.year}),K(`th`,{scope:`col`,class:`num`,children:t.benefits}),K(`th`,{scope:`col`,class:`num`,children:t.costs}),K(`th`,{scope:`col`,class:`num`,children:t.discountFactor}),K(`th`,{scope:`col`,class:`num`,children:t.discountedNet}),K(`th`,{scope:`col`,class:`num`,children:t.cumulative})]})}),K(`tbody`,{children:e.years.map(t=>K(`tr`,{class:t.year===e.paybackYear?`is-payback`:void 0,children:[K(`th`,{scope:`row`,children:String(t.year)}),K(`td`,{class:`num`,children:n(t.benefits)}),K(`td`,{class:`num`,children:n(t.costs)}),K(`td`,{class:`num`,children:H(t.discountFactor,{minimumFractionDigits:4,maximumFractionDigits:4})}),K(`td`,{class:`num`,children:n(t.discountedNet)}),K(`td`,{class:`num`,children:n(t.cumulativeDiscountedNet)})]},t.year))})]})})}function Y(){return e=>e}var On=Y()([`CO_COMMISSIONING`,`CO_DESIGN`,`CO_DELIVERY`,`CO_ASSESSMENT`]),kn=Y()([`MAP_IT`,`FOCUS_IT`,`PEOPLE_IT`,`MARKET_IT`,`GROW_IT`]),An=Y()([`ENGLAND`,`SCOTLAND`,`WALES`,`NORTHERN_IRELAND`]),jn=Y()([`ADULT_SOCIAL_CARE`,`CHILDREN_AND_YOUNG_PEOPLE`,`HEALTH`,`COMMUNITY_SAFETY`,`ENVIRONMENT`,`HOUSING`,`EDUCATION`,`CULTURE_AND_LEISURE`,`TRANSPORT`,`COMMISSIONING_AND_FUNDING`,`WHOLE_COUNCIL`,`OTHER`]),Mn=Y()([`PRIVATE`,`NETWORK`,`PUBLIC`]),Nn=Y()([`ACTIVITY`,`OUTPUT`,`INTERMEDIATE_OUTCOME`,`FINAL_OUTCOME`]),Pn=Y()([`INACCURATE`,`OUTDATED`,`PERSONAL_DATA`,`OFFENSIVE`,`COPYRIGHT`,`SPAM`,`OTHER`]),Fn=Y()([`UPDATED_AT`,`PUBLISHED_AT`,`TITLE`,`RELEVANCE`]),In=Y()([`DIGITAL`,`TRANSPORT`,`CARING`,`LANGUAGE`,`PRACTICAL`,`COMPANIONSHIP`,`OTHER`]),Ln=Y()([`WEEKDAY_DAYTIME`,`WEEKDAY_EVENING`,`WEEKEND`]),Rn=Y()([`AS_NOW`,`A_LITTLE_MORE`,`A_LOT_MORE`]),zn=Y()([`COUNCIL_COST`,`PARTNER_COST`,`CASHABLE_SAVING`,`NON_CASHABLE_SAVING`,`SOCIAL_VALUE`]),Bn=Y()([`NPV`,`BENEFIT_COST_RATIO`,`IMPACT_MATRIX`]),Vn=Y()([`STAFF`,`SERVICE_USERS`,`COMMUNITIES`,`ORGANISATIONAL`]),Hn=[1,2,3,4,5];function X(e,t){return t!=null&&e.includes(t)}function Un({coTypes:e}){let t=V();return K(`ul`,{class:`chips`,children:On.filter(t=>e.includes(t)).map(e=>K(`li`,{class:`chip chip-${e.toLowerCase().replace(`_`,`-`)}`,children:t.labels.co[e]},e))})}function Wn({step:e}){return K(`span`,{class:`step-badge`,children:V().labels.step[e]})}function Z(e,t,n){let r=[t?`${e}-hint`:null,n?`${e}-error`:null].filter(Boolean);return r.length>0?r.join(` `):void 0}function Gn({id:e,error:t}){let n=V();return t?K(`p`,{class:`field-error`,id:`${e}-error`,children:n.editor.fieldError(t)}):null}function Q({id:e,label:t,hint:n,error:r,children:i}){return K(`div`,{class:`field${r?` has-error`:``}`,children:[K(`label`,{for:e,class:`label`,children:t}),n&&K(`p`,{class:`hint`,id:`${e}-hint`,children:n}),K(Gn,{id:e,error:r}),i]})}var Kn=1e3;function qn({featured:e,verifiedAt:t}){let n=V();return K(b,{children:[e&&K(`span`,{class:`badge badge-featured`,children:n.curation.featured}),t&&K(`span`,{class:`badge badge-verified`,children:n.curation.verified})]})}function Jn({cs:e}){let t=V(),{viewer:n}=$t();return K(b,{children:[e.hiddenAt&&n&&K(`div`,{class:`notice notice-warning curation-hidden`,children:K(`p`,{children:t.curation.hidden(e.hiddenReason??``)})}),(e.featured||e.verifiedAt)&&K(`div`,{class:`curation-notes`,children:[K(`p`,{class:`curation-marks`,children:[K(qn,{featured:e.featured,verifiedAt:e.verifiedAt}),e.verifiedAt&&K(`span`,{class:`verified-by`,children:e.verifiedBy?t.curation.verifiedBy(e.verifiedBy.name,U(e.verifiedAt)):t.curation.verifiedOn(U(e.verifiedAt))})]}),e.verifiedAt&&e.verificationNote&&K(`p`,{class:`verification-note`,children:[t.curation.note,` `,e.verificationNote]})]})]})}function Yn({cs:e,onChanged:t}){let n=V(),{viewer:r}=$t(),[i,a]=N(!1),[o,s]=N(null),[c,l]=N(null),[u,d]=N(``),[f,p]=N(``),[m,h]=N(null);if(!r||!tn(r))return null;let g=async(e,n)=>{a(!0),l(null),s(null);try{return await e(),s(n),t(),!0}catch(e){if(e instanceof L)l(e);else throw e;return!1}finally{a(!1)}},_=t=>void g(()=>R(Ye,{id:e.id,featured:t}),t?`featuredNow`:`unfeaturedNow`),v=async t=>{t.preventDefault(),await g(()=>R(Xe,{id:e.id,note:u.trim()||null}),`verifiedNow`)&&d(``)},y=async t=>{t.preventDefault();let r=f.trim();h(r?null:n.curation.hideReasonEmpty),r?await g(()=>R(Ze,{id:e.id,reason:r}),`hiddenNow`)&&p(``):document.getElementById(`hide-reason`)?.focus()},x=e.visibility===`PUBLIC`&&e.status===`PUBLISHED`;return K(`section`,{class:`section panel curator-tools`,"aria-labelledby":`curation-h`,children:[K(`h2`,{id:`curation-h`,children:n.curation.heading}),K(`p`,{children:n.curation.intro(r.organisation.name)}),K(`div`,{"aria-live":`polite`,class:`live`,children:o&&K(`div`,{class:`notice notice-success curation-done`,children:K(`p`,{children:n.curation[o]})})}),c&&K(`p`,{class:`error-text`,role:`alert`,children:G(c)}),x?K(b,{children:[K(`div`,{class:`actions`,children:[K(`button`,{type:`button`,class:`button button-secondary`,disabled:i,onClick:()=>_(!e.featured),children:e.featured?n.curation.unfeature:n.curation.feature}),e.hiddenAt&&K(`button`,{type:`button`,class:`button button-secondary`,disabled:i,onClick:()=>void g(()=>R(Qe,{id:e.id}),`unhiddenNow`),children:n.curation.unhide})]}),K(`form`,{class:`form`,noValidate:!0,onSubmit:e=>void v(e),children:[K(Q,{id:`verify-note`,label:n.curation.verifyNote,hint:n.curation.verifyHint,children:K(`textarea`,{id:`verify-note`,class:`textarea`,rows:2,maxLength:Kn,value:u,"aria-describedby":Z(`verify-note`,n.curation.verifyHint,null),onInput:e=>d(e.currentTarget.value)})}),K(`button`,{type:`submit`,class:`button`,disabled:i,children:i?n.curation.working:n.curation.verify})]}),!e.hiddenAt&&K(`form`,{class:`form curation-hide`,noValidate:!0,onSubmit:e=>void y(e),children:[K(Q,{id:`hide-reason`,label:n.curation.hideReason,hint:n.curation.hideHint,error:m,children:K(`textarea`,{id:`hide-reason`,class:`textarea`,rows:2,maxLength:Kn,value:f,"aria-required":`true`,"aria-invalid":m?!0:void 0,"aria-describedby":Z(`hide-reason`,n.curation.hideHint,m),onInput:e=>p(e.currentTarget.value)})}),K(`button`,{type:`submit`,class:`button button-warning`,disabled:i,children:n.curation.hide})]})]}):K(`p`,{class:`hint`,children:n.curation.notCuratable})]})}var Xn=176,Zn=128,Qn=12,$n=16,er=9,tr=22,nr=21,rr=6;function ir(e,t=nr,n=rr){let r=[],i=``;for(let n of e.split(/\s+/).filter(Boolean))i&&i.length+1+n.length>t?(r.push(i),i=n):i=i?`${i} ${n}`:n;if(i&&r.push(i),r.length>n){let e=r.slice(0,n);return e[n-1]=`${(e[n-1]??``).replace(/\s*\S*$/,``)}…`,e}return r}function ar(e,t){let n=null;for(let r of e){let e=t(r);e!=null&&(n==null||e>n)&&(n=e)}return n}function or(e,t,n){let r=[];t&&r.push(n);let i=ar(e.evidence,e=>e.nestaLevel),a=ar(e.evidence,e=>e.marylandLevel);return i!=null&&r.push(`N${i}`),a!=null&&r.push(`M${a}`),e.evidence.some(e=>e.emmie)&&r.push(`E`),r.join(` · `)||`–`}function sr({pathway:e,gapIds:t,title:n,id:r}){let i=V(),a=new Map,o=Nn.map(t=>{let n=e.steps.filter(e=>e.kind===t);return n.reduce((e,t)=>e+ir(t.label).length*$n+18,0)+Math.max(0,n.length-1)*tr}),s=Math.max(...o,60);Nn.forEach((t,n)=>{let r=Qn+n*304,i=46+(s-(o[n]??0))/2;for(let n of e.steps.filter(e=>e.kind===t)){let e=ir(n.label),o=e.length*$n+18;a.set(n.id,{x:r,y:i,h:o,lines:e,kind:t}),i+=o+tr}});let c=24+Nn.length*Xn+(Nn.length-1)*Zn,l=58+s,u=e.links.filter(e=>t.has(e.id)).length;return K(`svg`,{class:`pathway-svg`,width:c,height:l,viewBox:`0 0 ${c} ${l}`,role:`img`,"aria-labelledby":`${r}-title ${r}-desc`,children:[K(`title`,{id:`${r}-title`,children:i.pathway.diagramTitle(n)}),K(`desc`,{id:`${r}-desc`,children:i.pathway.diagramDesc(e.steps.length,e.links.length,u)}),K(`defs`,{children:[K(`marker`,{id:`${r}-arrow`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:K(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head`})}),K(`marker`,{id:`${r}-arrow-gap`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:K(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head arrow-head-gap`})})]}),Nn.map((e,t)=>K(`text`,{class:`pathway-col-head`,x:Qn+t*304+Xn/2,y:24,"text-anchor":`middle`,children:i.labels.stepKind[e]},e)),e.links.map(e=>{let n=a.get(e.from.id),i=a.get(e.to.id);if(!n||!i)return null;let o=t.has(e.id),s=n.x+Xn,c=n.y+n.h/2,l=i.x-2,u=i.y+i.h/2,d=Math.max(40,(l-s)/2);return K(`path`,{class:`pathway-link${o?` is-gap`:``}`,d:`M ${s} ${c} C ${s+d} ${c}, ${l-d} ${u}, ${l} ${u}`,"marker-end":`url(#${r}-arrow${o?`-gap`:``})`},e.id)}),e.steps.map(e=>{let t=a.get(e.id);return t?K(`g`,{class:`pathway-node kind-${t.kind.toLowerCase().replace(/_/g,`-`)}`,children:[K(`rect`,{x:t.x,y:t.y,width:Xn,height:t.h,rx:`6`}),K(`text`,{x:t.x+er,y:t.y+er+12,children:t.lines.map((e,n)=>K(`tspan`,{x:t.x+er,dy:n===0?0:$n,children:e},n))})]},e.id):null}),e.links.map((e,n)=>{let r=a.get(e.from.id),o=a.get(e.to.id);if(!r||!o)return null;let s=t.has(e.id),c=or(e,s,i.pathway.gap),l=(r.x+Xn+o.x)/2,u=(r.y+r.h/2+o.y+o.h/2)/2,d=c.length*7+36,f=l-d/2;return K(`g`,{class:`pathway-label${s?` is-gap`:``}`,children:[K(`rect`,{x:f,y:u-11,width:d,height:`22`,rx:`11`}),K(`circle`,{cx:f+11,cy:u,r:`9`,class:`pathway-label-number`}),K(`text`,{x:f+11,y:u+4,"text-anchor":`middle`,class:`pathway-label-number-text`,children:n+1}),K(`text`,{x:f+24,y:u+4,children:c})]},e.id)})]})}function cr({evidence:e}){let t=V(),n=e.emmie,r=n?[`effect`,`mechanism`,`moderators`,`implementation`,`economics`].filter(e=>n[e]):[];return K(`li`,{class:`evidence`,children:[K(`p`,{children:e.summary}),K(`ul`,{class:`grades`,children:[e.nestaLevel!=null&&K(`li`,{class:`grade`,children:t.pathway.nesta(e.nestaLevel,t.labels.nestaLevel(e.nestaLevel))}),e.marylandLevel!=null&&K(`li`,{class:`grade`,children:t.pathway.maryland(e.marylandLevel)}),n&&K(`li`,{class:`grade`,children:t.pathway.emmie})]}),r.length>0&&n&&K(`dl`,{class:`emmie`,children:r.map(e=>K(`div`,{children:[K(`dt`,{children:t.pathway.emmieDims[e]}),K(`dd`,{children:n[e]})]},e))}),(e.source!=null||e.observedOn!=null)&&K(`p`,{class:`evidence-source`,children:[e.source&&K(`span`,{children:[t.pathway.source,`: `,e.source]}),e.observedOn&&K(`span`,{children:[t.pathway.observed,`: `,U(e.observedOn)]})]})]})}function lr({initiative:e}){let t=V(),{pathway:n}=e,r=new Set(e.evidenceGaps.map(e=>e.id)),i=new Map(n.steps.map(e=>[e.id,e.label])),a=n.links.filter(e=>r.has(e.id)).length;return K(`section`,{class:`section`,"aria-labelledby":`pathway-h`,children:[K(`h2`,{id:`pathway-h`,children:t.pathway.heading}),n.steps.length===0?K(`p`,{class:`empty`,children:t.pathway.none}):K(b,{children:[K(`p`,{children:t.pathway.intro}),K(`p`,{class:a>0?`gap-summary has-gaps`:`gap-summary`,children:a>0?K(b,{children:[K(`span`,{class:`gap-icon`,"aria-hidden":`true`,children:`!`}),t.pathway.gapsSummary(a,n.links.length,2)]}):t.pathway.noGaps(2)}),K(`div`,{class:`diagram-scroll`,role:`region`,"aria-label":t.pathway.diagramTitle(e.title),tabIndex:0,children:K(sr,{pathway:n,gapIds:r,title:e.title,id:`pathway`})}),K(`p`,{class:`legend`,children:t.pathway.legend}),K(`h3`,{children:t.pathway.linksHeading}),K(`ol`,{class:`pathway-links`,children:n.links.map((e,n)=>{let a=r.has(e.id);return K(`li`,{class:`pathway-link-item${a?` is-gap`:``}`,"data-link-id":e.id,children:[K(`p`,{class:`link-title`,children:[K(`span`,{class:`link-number`,children:n+1}),K(`span`,{children:[i.get(e.from.id),` `,K(`span`,{class:`leads-to`,children:t.pathway.leadsTo}),` `,i.get(e.to.id)]}),a&&K(`strong`,{class:`gap-badge`,children:t.pathway.gapBadge})]}),e.evidence.length===0?K(`p`,{class:`empty`,children:t.pathway.noEvidence}):K(`ul`,{class:`evidence-list`,children:e.evidence.map(e=>K(cr,{evidence:e},e.id))})]},e.id)})})]})]})}function ur(e){return(e.split(`-`)[0]??e).toLowerCase()}function dr(e,t){return e.some(e=>ur(e.language)===ur(t))}var fr={en:`English`,cy:`Cymraeg`};function pr(e){let t=fr[ur(e)];if(t)return t;try{return new Intl.DisplayNames([e],{type:`language`}).of(e)??e}catch{return e}}function mr({served:e,translations:t}){let n=V(),r=B(),i=t.find(t=>t.language===e)?.status,a=[];return dr(t,r)||a.push(n.translation.notTranslated(n.labels.languageName(e))),i===`MACHINE`&&a.push(n.translation.machine),i===`OUTDATED`&&a.push(n.translation.outdated),a.length>0?K(`p`,{class:`translation-note`,children:a.join(` `)}):null}function hr({translations:e}){let t=V();return K(`div`,{children:[K(`dt`,{children:t.translation.available}),K(`dd`,{class:`languages-available`,children:e.map((e,n)=>K(b,{children:[n>0&&`, `,K(`span`,{lang:e.language,children:pr(e.language)}),` (`,t.translation.status[e.status],`)`]},e.language))})]})}function gr({served:e,translations:t}){let n=V();return dr(t,B())?null:K(`span`,{class:`badge badge-lang`,children:[K(`span`,{"aria-hidden":`true`,children:ur(e).toUpperCase()}),K(`span`,{class:`visually-hidden`,children:n.translation.shownIn(n.labels.languageName(e))})]})}function _r({indicator:e}){let t=V(),n=n=>n==null?t.common.notKnown:`${H(n,{maximumFractionDigits:2})} ${e.unit}`,r=e.progressToTarget;return K(`li`,{class:`indicator`,children:[K(`h3`,{children:e.name}),K(`p`,{class:`badge`,children:t.labels.indicatorKind[e.kind]}),K(`dl`,{class:`summary-list`,children:[K(`div`,{children:[K(`dt`,{children:t.indicators.baseline}),K(`dd`,{children:n(e.baseline)})]}),K(`div`,{children:[K(`dt`,{children:t.indicators.target}),K(`dd`,{children:n(e.target)})]}),K(`div`,{children:[K(`dt`,{children:t.indicators.latest}),K(`dd`,{children:e.latest?t.indicators.on(n(e.latest.value),U(e.latest.measuredOn)):t.common.notKnown})]}),e.change!=null&&K(`div`,{children:[K(`dt`,{children:t.indicators.change}),K(`dd`,{children:[e.change>0?`+`:``,n(e.change)]})]})]}),r==null?K(`p`,{class:`hint`,children:t.indicators.noProgress}):K(`div`,{class:`progress`,children:[K(`meter`,{min:0,max:1,low:.34,high:.99,optimum:1,value:Math.min(1,Math.max(0,r)),"aria-label":t.indicators.progressLabel(e.name)}),K(`span`,{children:t.indicators.progress(Math.round(r*100))})]})]})}function vr({initiative:e}){let t=V();return K(`section`,{class:`section`,"aria-labelledby":`indicators-h`,children:[K(`h2`,{id:`indicators-h`,children:t.indicators.heading}),e.indicators.length===0?K(`p`,{class:`empty`,children:t.indicators.none}):K(`ul`,{class:`indicators`,children:e.indicators.map(e=>K(_r,{indicator:e},e.id))})]})}var yr=[`SERVICE`,`COMMUNITY`],br=[`RIGHT`,`RESPONSIBILITY`];function xr({charter:e}){let t=V();return K(`article`,{class:`charter`,children:[K(`h3`,{lang:e.servedLanguage,children:e.title}),K(mr,{served:e.servedLanguage,translations:e.translations}),K(`p`,{class:`charter-status`,children:[K(`span`,{class:`badge`,children:t.labels.charterStatus[e.status]}),e.adoptedAt&&K(`span`,{children:[` `,t.charter.adopted,`: `,U(e.adoptedAt)]})]}),K(`div`,{class:`commitments`,children:yr.map(n=>K(`div`,{class:`party`,children:[K(`h4`,{children:t.labels.party[n]}),br.map(r=>{let i=e.commitments.filter(e=>e.party===n&&e.kind===r);return K(`div`,{class:`commitment-group`,children:[K(`h5`,{children:t.labels.commitmentKind[r]}),i.length===0?K(`p`,{class:`empty`,children:t.charter.nothing}):K(`ul`,{lang:e.servedLanguage,children:i.map((e,t)=>K(`li`,{children:e.text},t))})]},r)})]},n))}),K(`h4`,{children:t.charter.risksHeading}),e.risks.length===0?K(`p`,{class:`empty`,children:t.charter.noRisks}):K(`ul`,{class:`risks`,children:e.risks.map((n,r)=>K(`li`,{class:`risk`,children:[K(`p`,{class:`risk-description`,lang:e.servedLanguage,children:n.description}),K(`dl`,{class:`risk-levels`,children:[K(`div`,{children:[K(`dt`,{children:t.charter.likelihood}),K(`dd`,{class:`level level-${n.likelihood.toLowerCase()}`,children:t.labels.riskLevel[n.likelihood]})]}),K(`div`,{children:[K(`dt`,{children:t.charter.impact}),K(`dd`,{class:`level level-${n.impact.toLowerCase()}`,children:t.labels.riskLevel[n.impact]})]})]}),K(`p`,{class:`risk-mitigation`,children:[K(`strong`,{children:[t.charter.mitigation,`:`]}),` `,K(`span`,{lang:e.servedLanguage,children:n.mitigation})]})]},r))}),e.signatories.length>0&&K(b,{children:[K(`h4`,{children:t.charter.signatories}),K(`ul`,{class:`signatories`,children:e.signatories.map((e,n)=>K(`li`,{children:[e.name,`, `,e.role,` (`,t.labels.party[e.party],`)`,e.signedOn?`, ${U(e.signedOn)}`:``]},n))})]})]})}function Sr({initiative:e}){let t=V();return K(`section`,{class:`section`,"aria-labelledby":`charter-h`,children:[K(`h2`,{id:`charter-h`,children:t.charter.heading}),e.charters.length===0?K(`p`,{class:`empty`,children:t.charter.none}):e.charters.map(e=>K(xr,{charter:e},e.id))]})}function Cr({initiative:e}){let t=V();return K(`section`,{class:`section`,"aria-labelledby":`similar-h`,children:[K(`h2`,{id:`similar-h`,children:t.similar.heading}),e.peerMatches.length===0?K(`p`,{class:`empty`,children:t.similar.none}):K(`ul`,{class:`matches`,children:e.peerMatches.map(e=>K(`li`,{class:`match`,children:[K(`h3`,{class:`match-title`,children:K(`a`,{href:q.initiative(e.initiative.id),lang:e.initiative.servedLanguage,children:e.initiative.title})}),K(`p`,{class:`result-meta`,children:[K(`span`,{class:`result-council`,children:e.initiative.owner.name}),K(`span`,{children:t.labels.nation[e.initiative.owner.nation]}),K(Wn,{step:e.initiative.starStep}),K(`span`,{class:`match-score`,children:t.similar.match(Math.round(e.score*100))})]}),K(Un,{coTypes:e.initiative.coTypes}),K(`h4`,{class:`visually-hidden`,children:t.similar.why}),K(`ul`,{class:`reasons`,children:[e.sharedCoTypes.length>0&&K(`li`,{children:[t.similar.sharedCo,`: `,e.sharedCoTypes.map(e=>t.labels.co[e]).join(`, `)]}),e.sharedTags.length>0&&K(`li`,{children:[t.similar.sharedTags,`: `,e.sharedTags.join(`, `)]}),e.sharedWords.length>0&&K(`li`,{children:[t.similar.sharedWords,`: `,e.sharedWords.join(`, `)]}),e.sameServiceArea&&K(`li`,{children:t.similar.sameArea}),e.furtherAlong&&K(`li`,{children:t.similar.furtherAlong})]})]},e.initiative.id))})]})}function wr({initiative:e}){let t=V(),n=e.appraisal,r=e=>e==null?t.common.notKnown:H(e,{style:`currency`,currency:n.currency??`GBP`,maximumFractionDigits:0});return n.impact==null&&n.ease==null&&n.annualCost==null&&n.annualBenefit==null?K(`p`,{class:`empty`,children:t.initiative.notAppraised}):K(`dl`,{class:`summary-list`,children:[n.impact!=null&&K(`div`,{children:[K(`dt`,{children:t.initiative.impact}),K(`dd`,{children:n.impact})]}),n.ease!=null&&K(`div`,{children:[K(`dt`,{children:t.initiative.ease}),K(`dd`,{children:n.ease})]}),n.quadrant&&K(`div`,{children:[K(`dt`,{children:t.initiative.quadrant}),K(`dd`,{children:t.labels.quadrant[n.quadrant]})]}),n.annualCost!=null&&K(`div`,{children:[K(`dt`,{children:t.initiative.annualCost}),K(`dd`,{children:r(n.annualCost)})]}),n.annualBenefit!=null&&K(`div`,{children:[K(`dt`,{children:t.initiative.annualBenefit}),K(`dd`,{children:r(n.annualBenefit)})]}),n.benefitCostRatio!=null&&K(`div`,{children:[K(`dt`,{children:t.initiative.benefitCost}),K(`dd`,{children:H(n.benefitCostRatio,{maximumFractionDigits:2})})]})]})}var Tr=[`PEER_REVIEW`,`STUDY_VISIT`],Er=2e3;function Dr(){let e=new Date,t=e=>String(e).padStart(2,`0`);return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}function Or({caseStudyId:e,host:t,path:n}){let r=V(),{viewer:i}=$t(),a=W(mt,{caseStudyId:e},{skip:!i}),[o,s]=N(`PEER_REVIEW`),[c,l]=N(``),[u,d]=N(``),[f,p]=N(!1),[m,h]=N(null),[g,_]=N(null),v=F(null),y=F(null),x=e=>m?.errors.find(t=>t.field===e||t.field===`input.${e}`)?.message??null,S=x(`proposedFor`),C=x(`message`);if(P(()=>{S?v.current?.focus():C&&y.current?.focus()},[m]),!i)return K(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[K(`h2`,{id:`peer-h`,children:r.peerReview.heading}),K(`p`,{children:K(`a`,{href:q.signIn(n),children:r.peerReview.signInPrompt})})]});let w=async n=>{n.preventDefault(),p(!0),h(null),_(null);try{let n=await R(ht,{input:{kind:o,caseStudyId:e,host:t.slug,proposedFor:c||null,message:u.trim()||null}});_(n.requestPeerReview),a.reload(),d(``),l(``)}catch(e){if(e instanceof L)h(e);else throw e}finally{p(!1)}},T=a.data?.peerReviews.nodes??[];return K(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[K(`h2`,{id:`peer-h`,children:r.peerReview.heading}),K(`p`,{children:r.peerReview.intro(t.name)}),K(`div`,{"aria-live":`polite`,class:`live`,children:g&&K(`div`,{class:`notice notice-success peer-review-sent`,children:K(`p`,{children:r.peerReview.sent(r.labels.peerReviewKind[g.kind],g.host.name,r.labels.peerReviewStatus[g.status])})})}),T.length>0&&K(b,{children:[K(`h3`,{children:r.peerReview.yours}),K(`ul`,{class:`plain-list`,children:T.map(e=>K(`li`,{children:[r.labels.peerReviewKind[e.kind],`: `,r.labels.peerReviewStatus[e.status],e.proposedFor?`, ${r.peerReview.on(U(e.proposedFor))}`:``]},e.id))})]}),en(i)?K(`form`,{class:`form`,onSubmit:e=>void w(e),noValidate:!0,children:[m&&!S&&!C&&K(`p`,{class:`error-text`,role:`alert`,children:G(m)}),K(`fieldset`,{class:`field`,children:[K(`legend`,{class:`label`,children:r.peerReview.kind}),K(`div`,{class:`radios`,children:Tr.map(e=>K(`div`,{class:`radio`,children:[K(`input`,{type:`radio`,id:`pr-kind-${e}`,name:`pr-kind`,checked:o===e,onChange:()=>s(e)}),K(`label`,{for:`pr-kind-${e}`,children:r.labels.peerReviewKind[e]})]},e))})]}),K(Q,{id:`pr-date`,label:r.peerReview.date,hint:r.peerReview.dateHint,error:S,children:K(`input`,{type:`date`,id:`pr-date`,class:`input input-date`,ref:v,min:Dr(),value:c,"aria-invalid":S?!0:void 0,"aria-describedby":Z(`pr-date`,r.peerReview.dateHint,S),onInput:e=>l(e.currentTarget.value)})}),K(Q,{id:`pr-message`,label:r.peerReview.message,error:C,children:K(`textarea`,{id:`pr-message`,class:`textarea`,ref:y,rows:4,maxLength:Er,value:u,"aria-invalid":C?!0:void 0,"aria-describedby":Z(`pr-message`,void 0,C),onInput:e=>d(e.currentTarget.value)})}),K(`button`,{type:`submit`,class:`button`,disabled:f,children:f?r.peerReview.sending:r.peerReview.submit})]}):K(`p`,{class:`hint`,children:r.peerReview.editorsOnly})]})}var kr=1e3;function Ar({caseStudyId:e}){let t=V(),{viewer:n}=$t(),[r,i]=N(!1),[a,o]=N(``),[s,c]=N(``),[l,u]=N(!1),[d,f]=N(null),[p,m]=N(null),[h,g]=N(!1),_=F(null),v=F(null);if(P(()=>{r&&_.current?.focus()},[r]),!n)return null;let y=d?.errors.find(e=>e.field===`details`)?.message??null,b=async n=>{if(n.preventDefault(),!a)m(t.report.reasonEmpty),_.current?.focus();else{m(null),u(!0),f(null);try{await R($e,{id:e,reason:a,details:s.trim()||null}),g(!0),i(!1),o(``),c(``),v.current?.focus()}catch(e){if(e instanceof L)f(e);else throw e}finally{u(!1)}}};return K(`section`,{class:`section`,"aria-labelledby":`report-h`,children:[K(`h2`,{id:`report-h`,children:t.report.heading}),K(`p`,{children:t.report.intro}),K(`div`,{"aria-live":`polite`,class:`live`,children:h&&K(`div`,{class:`notice notice-success report-sent`,children:K(`p`,{children:t.report.sent})})}),K(`button`,{type:`button`,class:`button button-secondary`,ref:v,"aria-expanded":r,"aria-controls":`report-form`,onClick:()=>{i(!r),g(!1),f(null),m(null)},children:t.report.open}),K(`form`,{id:`report-form`,class:`form report-form`,hidden:!r,noValidate:!0,onSubmit:e=>void b(e),children:[d&&!y&&K(`p`,{class:`error-text`,role:`alert`,children:G(d)}),K(Q,{id:`report-reason`,label:t.report.reason,error:p,children:K(`select`,{id:`report-reason`,class:`select`,ref:_,value:a,"aria-invalid":p?!0:void 0,"aria-describedby":Z(`report-reason`,void 0,p),onChange:e=>{let t=e.currentTarget.value;o(X(Pn,t)?t:``)},children:[K(`option`,{value:``,children:t.report.chooseReason}),Pn.map(e=>K(`option`,{value:e,children:t.labels.reportReason[e]},e))]})}),K(Q,{id:`report-details`,label:t.report.details,hint:t.report.detailsHint,error:y,children:K(`textarea`,{id:`report-details`,class:`textarea`,rows:3,maxLength:kr,value:s,"aria-invalid":y?!0:void 0,"aria-describedby":Z(`report-details`,t.report.detailsHint,y),onInput:e=>c(e.currentTarget.value)})}),K(`div`,{class:`actions`,children:[K(`button`,{type:`submit`,class:`button`,disabled:l,children:l?t.report.sending:t.report.submit}),K(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>{i(!1),v.current?.focus()},children:t.report.cancel})]})]})]})}function jr({owner:e}){let t=V();return K(b,{children:[K(`div`,{children:[K(`dt`,{children:t.common.council}),K(`dd`,{class:`council-name`,children:e.name})]}),K(`div`,{children:[K(`dt`,{children:t.common.gssCode}),K(`dd`,{class:`council-gss`,children:e.gssCode??t.common.none})]}),K(`div`,{children:[K(`dt`,{children:t.common.nation}),K(`dd`,{class:`council-nation`,children:t.labels.nation[e.nation]})]})]})}function Mr({tags:e}){let t=V();return e.length===0?null:K(`div`,{children:[K(`dt`,{children:t.common.tags}),K(`dd`,{children:K(`ul`,{class:`tags`,children:e.map(e=>K(`li`,{children:e},e))})})]})}var Nr=null;function Pr(e){Nr=e}function Fr(){let e=Nr;return Nr=null,e}function Ir({text:e}){return K(b,{children:e.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean).map((e,t)=>K(`p`,{class:`prose-paragraph`,children:e},t))})}function Lr({id:e}){let t=W(gt,{id:e,lang:B()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return K(wn,{query:t,record:n?.__typename===`CaseStudy`?n:null,title:e=>e.title,children:e=>K(Rr,{cs:e,onChanged:t.reload})})}function Rr({cs:e,onChanged:t}){let n=V(),r=B(),{viewer:i}=$t(),[a,o]=N(null),[s,c]=N(!1),[l,u]=N(null);P(()=>o(Fr()),[]);let d=i?.organisation.slug===e.owner.slug,f=d&&en(i),p=e.initiative,m=async()=>{c(!0),u(null);try{await R(pt,{id:e.id}),o(n.caseStudy.publishedNow),t()}catch(e){e instanceof L&&u(e)}finally{c(!1)}};return K(`article`,{class:`case-study`,children:[K(`p`,{class:`breadcrumb`,children:K(`a`,{href:q.home,children:n.common.backToExplorer})}),a&&K(Sn,{kind:`success`,children:a}),K(`header`,{class:`page-header`,lang:e.servedLanguage,children:[K(`h1`,{children:e.title}),K(`p`,{class:`lead`,children:e.summary})]}),K(mr,{served:e.servedLanguage,translations:e.translations}),K(Jn,{cs:e}),f&&K(`div`,{class:`actions`,children:[K(`a`,{class:`button`,href:q.caseStudyEdit(e.id),children:n.caseStudy.edit}),e.status===`DRAFT`&&K(`button`,{type:`button`,class:`button button-secondary`,disabled:s,onClick:()=>void m(),children:s?n.caseStudy.publishing:n.caseStudy.publish}),l&&K(`p`,{class:`error-text`,role:`alert`,children:G(l)})]}),K(`div`,{class:`two-col`,children:[K(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[K(`h2`,{id:`about-h`,children:n.caseStudy.about}),K(`dl`,{class:`summary-list council-details`,children:[K(jr,{owner:e.owner}),K(`div`,{children:[K(`dt`,{children:n.common.serviceArea}),K(`dd`,{children:n.labels.area[e.serviceArea]})]}),K(`div`,{children:[K(`dt`,{children:n.common.coTypes}),K(`dd`,{children:K(Un,{coTypes:e.coTypes})})]}),p&&K(`div`,{children:[K(`dt`,{children:n.caseStudy.initiative}),K(`dd`,{children:[K(`a`,{href:q.initiative(p.id),lang:p.servedLanguage,children:p.title}),` `,K(Wn,{step:p.starStep})]})]}),K(hr,{translations:e.translations}),K(`div`,{children:[K(`dt`,{children:n.common.status}),K(`dd`,{children:[n.labels.status[e.status],` · `,n.labels.visibilityShort[e.visibility]]})]}),e.publishedAt&&K(`div`,{children:[K(`dt`,{children:n.common.published}),K(`dd`,{children:U(e.publishedAt)})]}),K(`div`,{children:[K(`dt`,{children:n.common.updated}),K(`dd`,{children:U(e.updatedAt)})]}),K(Mr,{tags:e.tags})]})]}),K(`section`,{class:`section prose`,"aria-labelledby":`story-h`,lang:e.servedLanguage,children:[K(`h2`,{id:`story-h`,lang:r,children:n.caseStudy.storyHeading}),K(Ir,{text:e.body})]})]}),p?K(b,{children:[K(lr,{initiative:p}),K(vr,{initiative:p}),K(Sr,{initiative:p}),K(Cr,{initiative:p})]}):K(`p`,{class:`empty section`,children:n.caseStudy.noInitiative}),!d&&K(Or,{caseStudyId:e.id,host:e.owner,path:q.caseStudy(e.id)}),K(Ar,{caseStudyId:e.id}),K(Yn,{cs:e,onChanged:t})]})}function zr(e,t){return Object.hasOwn(e,t)?e[t]:void 0}function Br(e,t){let n=/^translations\.([^.]+)\.(.+)$/.exec(t);return n?.[1]&&n[2]?e.revisions.field(zr(e.revisions.fields,n[2])??n[2],pr(n[1])):zr(e.revisions.fields,t)??t}function Vr(e,t){let[n,,r]=t.split(`.`);if(n===`translations`)return r===`status`?e.translation.status:null;switch(t){case`status`:return e.labels.status;case`coTypes`:return e.labels.co;case`serviceArea`:return e.labels.area;case`visibility`:return e.labels.visibilityShort;default:return null}}function Hr(e,t,n){if(n==null||n===``)return e.revisions.empty;if(t===`verifiedBy`)return e.curation.verified;if(t===`language`)return e.labels.languageName(n);let r=Vr(e,t),i=[n];if(n.startsWith(`[`))try{let e=JSON.parse(n);Array.isArray(e)&&(i=e.map(String))}catch{}return i.map(e=>r?zr(r,e)??e:e).join(`, `)}function Ur({diff:e}){let t=e.replace(/\n$/,``).split(`
`),n=t.findIndex(e=>e.startsWith(`@@`));return K(`pre`,{class:`diff`,children:t.slice(Math.max(n,0)).map((e,t)=>e.startsWith(`+`)?K(`ins`,{class:`diff-line diff-add`,children:e},t):e.startsWith(`-`)?K(`del`,{class:`diff-line diff-del`,children:e},t):K(`span`,{class:`diff-line${e.startsWith(`@@`)?` diff-hunk`:``}`,children:e},t))})}function Wr({change:e}){let t=V();return K(`li`,{class:`change`,children:[K(`span`,{class:`change-field`,children:Br(t,e.field)}),e.diff==null?K(`span`,{class:`change-values`,children:[K(`span`,{class:`visually-hidden`,children:t.revisions.before}),` `,K(`span`,{class:`change-before`,children:Hr(t,e.field,e.before??null)}),` `,K(`span`,{"aria-hidden":`true`,children:`→`}),` `,K(`span`,{class:`visually-hidden`,children:t.revisions.after}),` `,K(`span`,{class:`change-after`,children:Hr(t,e.field,e.after??null)})]}):K(Ur,{diff:e.diff})]})}function Gr({id:e,version:t,revisions:n,onRestored:r}){let i=V(),[a,o]=N(null),[s,c]=N(null),[l,u]=N(null),d=[...n.nodes].sort((e,t)=>t.version-e.version),f=d[d.length-1]?.version??1,p=n.totalCount===d.length&&f>1?f-1:null,m=e=>K(`button`,{type:`button`,class:`button button-secondary`,disabled:a!=null,"aria-describedby":`revision-${e}-h`,onClick:()=>void h(e),children:a===e?i.revisions.restoring:i.revisions.restore}),h=async n=>{o(n),u(null),c(null);try{let i=(await R(ft,{id:e,version:n,expectedVersion:t})).restoreRevision;c({old:n,now:`version`in i?i.version:t+1}),r()}catch(e){if(e instanceof L)u(e);else throw e}finally{o(null)}},g=e=>{let t=e.organisation?.name;return e.subject&&t?`${e.subject} (${t})`:e.subject??t??i.revisions.unknown};return K(`section`,{class:`section revisions`,"aria-labelledby":`revisions-h`,children:[K(`h2`,{id:`revisions-h`,children:i.revisions.heading}),K(`p`,{children:i.revisions.intro}),K(`div`,{"aria-live":`polite`,class:`live`,children:s&&K(`div`,{class:`notice notice-success revision-restored`,children:K(`p`,{children:i.revisions.restored(s.old,s.now)})})}),l&&K(`p`,{class:`error-text`,role:`alert`,children:G(l)}),d.length===0?K(`p`,{class:`empty`,children:i.revisions.none}):K(`ol`,{class:`revision-list`,children:[d.map(e=>K(`li`,{class:`revision`,children:[K(`h3`,{id:`revision-${e.version}-h`,class:`revision-title`,children:[i.revisions.version(e.version),e.version===t&&K(`span`,{class:`badge`,children:i.revisions.current})]}),K(`p`,{class:`revision-meta`,children:i.revisions.meta(Yt(e.changedAt),g(e))}),e.changes.length===0?K(`p`,{class:`empty`,children:i.revisions.noChanges}):K(`ul`,{class:`changes`,children:e.changes.map(e=>K(Wr,{change:e},e.field))}),e.version<t&&m(e.version)]},e.version)),p!=null&&K(`li`,{class:`revision`,children:[K(`h3`,{id:`revision-${p}-h`,class:`revision-title`,children:i.revisions.version(p)}),K(`p`,{class:`revision-meta`,children:i.revisions.base}),m(p)]})]}),n.totalCount>d.length&&K(`p`,{class:`showing`,children:i.revisions.showing(d.length,n.totalCount)})]})}function Kr({completeness:e}){let t=V(),n=Math.min(1,Math.max(0,e.score));return K(`section`,{class:`section panel completeness`,"aria-labelledby":`completeness-h`,children:[K(`h2`,{id:`completeness-h`,children:t.completeness.heading}),K(`div`,{class:`progress`,children:[K(`meter`,{min:0,max:1,low:.5,high:.99,optimum:1,value:n,"aria-labelledby":`completeness-h`}),K(`span`,{class:`completeness-score`,children:t.completeness.score(Math.round(n*100))})]}),e.missing.length>0?K(b,{children:[K(`p`,{children:t.completeness.missingIntro}),K(`ul`,{class:`plain-list completeness-missing`,children:e.missing.map(e=>K(`li`,{children:zr(t.completeness.missing,e)??e},e))})]}):K(`p`,{children:t.completeness.complete})]})}var qr=200,Jr=1e3,Yr=1e5,Xr=[`title`,`summary`,`body`,`coTypes`,`serviceArea`,`initiativeId`,`tags`,`language`,`visibility`],Zr={title:``,summary:``,body:``,coTypes:[],serviceArea:``,tags:``,language:`en`,visibility:`NETWORK`,initiativeId:``};function Qr(e){return{title:e.title,summary:e.summary,body:e.body,coTypes:[...e.coTypes],serviceArea:e.serviceArea,tags:e.tags.join(`, `),language:e.language,visibility:e.visibility,initiativeId:e.initiative?.id??``}}function $r(e){if(!e.field)return null;let t=e.field.replace(/^input\./,``).split(/[.[]/)[0]??``;return X(Xr,t)?t:null}function ei(e){return e.split(`,`).map(e=>e.trim()).filter(Boolean)}function ti({title:e,children:t}){return rn(e),K(b,{children:[K(`h1`,{children:e}),K(`p`,{children:t})]})}function ni({id:e}){let t=V(),{viewer:n,loading:r}=$t(),i=e?t.editor.titleEditShort:t.editor.titleNew;return r?K(J,{}):n?en(n)?e?K(ri,{id:e,viewer:n}):K(ii,{viewer:n,initial:Zr,loaded:null}):K(ti,{title:i,children:t.editor.notEditor}):K(ti,{title:i,children:K(`a`,{href:q.signIn(e?q.caseStudyEdit(e):q.caseStudyNew),children:t.editor.needSignIn})})}function ri({id:e,viewer:t}){let n=V(),r=W(st,{id:e}),i=r.data?.node,a=i?.__typename===`CaseStudy`?i.language:null,o=W(ct,{id:e,original:a??``},{skip:a==null}),s=o.data?.node;return K(wn,{query:a==null?r:o,record:s?.__typename===`CaseStudy`?s:null,title:e=>n.editor.titleEdit(e.title),children:e=>e.owner.slug===t.organisation.slug?K(b,{children:[K(ii,{viewer:t,initial:Qr(e),loaded:e,onReload:o.reload},`${e.id}:${e.version}`),K(Kr,{completeness:e.completeness}),K(Gr,{id:e.id,version:e.version,revisions:e.revisions,onRestored:()=>{r.reload(),o.reload()}})]}):K(ti,{title:n.editor.titleEdit(e.title),children:n.editor.notOwner(e.owner.name)})})}function ii({viewer:e,initial:t,loaded:n,onReload:r}){let i=V(),[a,o]=N(t),[s,c]=N(n?.version??0),[l,u]=N(!1),[d,f]=N(null),p=F(null),m=B(),h=W(lt,{owner:e.organisation.slug,lang:m},{keepPrevious:!0}),g=n?i.editor.titleEdit(n.title):i.editor.titleNew;rn(g),P(()=>{d&&p.current?.focus()},[d]);let _=(e,t)=>o(n=>({...n,[e]:t})),v=new Map,y=[];for(let e of d?.errors??[]){let t=e.code===`BAD_USER_INPUT`?$r(e):null;t&&!v.has(t)?v.set(t,e.message):t||y.push(e)}let x=d?.errors.find(e=>e.code===`CONFLICT`&&!e.field)??null,S=async(e=s)=>{u(!0),f(null);try{if(a.serviceArea===``)throw new L([At(`BAD_USER_INPUT`,i.editor.chooseServiceArea,`serviceArea`)],0);let t={title:a.title,summary:a.summary,body:a.body,coTypes:a.coTypes,serviceArea:a.serviceArea,tags:ei(a.tags),language:a.language,visibility:a.visibility,initiativeId:a.initiativeId||null};if(n){let r=await R(dt,{input:{id:n.id,expectedVersion:e,...t}});c(r.updateCaseStudy.version),Pr(i.caseStudy.saved),hn(q.caseStudy(r.updateCaseStudy.id))}else{let e=await R(ut,{input:t});Pr(i.caseStudy.created),hn(q.caseStudy(e.createCaseStudy.id))}}catch(e){if(e instanceof L)f(e);else throw e}finally{u(!1)}},C=e=>`f-${e}`,w=e=>v.get(e)??null,T=e=>v.has(e)?!0:void 0,E={title:i.editor.title,summary:i.editor.summary,body:i.editor.body,coTypes:i.editor.coTypes,serviceArea:i.editor.serviceArea,initiativeId:i.editor.initiative,tags:i.editor.tags,language:i.editor.language,visibility:i.editor.visibility},D=e=>{(e===`coTypes`||e===`visibility`?document.querySelector(`#${C(e)} input`):document.getElementById(C(e)))?.focus()},O=[`en`,`cy`,...X([`en`,`cy`],a.language)?[]:[a.language]];return K(`div`,{class:`editor`,children:[K(`p`,{class:`breadcrumb`,children:K(`a`,{href:n?q.caseStudy(n.id):q.home,children:i.editor.cancel})}),K(`h1`,{children:g}),K(`p`,{class:`lead`,children:n?i.editor.introEdit(e.organisation.name):i.editor.intro(e.organisation.name)}),d&&K(`div`,{class:`error-summary`,role:`alert`,tabIndex:-1,ref:p,"aria-labelledby":`error-summary-h`,children:[K(`h2`,{id:`error-summary-h`,children:i.editor.errorSummary}),x?K(b,{children:[K(`p`,{children:i.editor.conflict(x.currentVersion)}),K(`div`,{class:`actions`,children:[K(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>r?.(),children:i.editor.reload}),x.currentVersion!=null&&K(`button`,{type:`button`,class:`button button-warning`,onClick:()=>void S(x.currentVersion??s),children:i.editor.overwrite})]})]}):K(`ul`,{children:[[...v.entries()].map(([e,t])=>K(`li`,{children:K(`a`,{href:`#${C(e)}`,onClick:t=>{t.preventDefault(),D(e)},children:[E[e],`: `,t]})},e)),y.map((e,t)=>K(`li`,{children:G(new L([e],0))},`g${t}`))]})]}),K(`form`,{class:`form`,noValidate:!0,onSubmit:e=>{e.preventDefault(),S()},children:[K(Q,{id:C(`title`),label:i.editor.title,hint:i.editor.titleHint,error:w(`title`),children:K(`input`,{type:`text`,id:C(`title`),lang:a.language,class:`input`,value:a.title,maxLength:qr,"aria-invalid":T(`title`),"aria-describedby":Z(C(`title`),i.editor.titleHint,w(`title`)),onInput:e=>_(`title`,e.currentTarget.value)})}),K(Q,{id:C(`summary`),label:i.editor.summary,hint:i.editor.summaryHint,error:w(`summary`),children:K(`textarea`,{id:C(`summary`),lang:a.language,class:`textarea`,rows:3,maxLength:Jr,value:a.summary,"aria-invalid":T(`summary`),"aria-describedby":Z(C(`summary`),i.editor.summaryHint,w(`summary`)),onInput:e=>_(`summary`,e.currentTarget.value)})}),K(Q,{id:C(`body`),label:i.editor.body,hint:i.editor.bodyHint,error:w(`body`),children:K(`textarea`,{id:C(`body`),lang:a.language,class:`textarea textarea-long`,rows:14,maxLength:Yr,value:a.body,"aria-invalid":T(`body`),"aria-describedby":Z(C(`body`),i.editor.bodyHint,w(`body`)),onInput:e=>_(`body`,e.currentTarget.value)})}),K(`fieldset`,{id:C(`coTypes`),class:`field${w(`coTypes`)?` has-error`:``}`,"aria-describedby":Z(C(`coTypes`),i.editor.coTypesHint,w(`coTypes`)),children:[K(`legend`,{class:`label`,children:i.editor.coTypes}),K(`p`,{class:`hint`,id:`${C(`coTypes`)}-hint`,children:i.editor.coTypesHint}),K(Gn,{id:C(`coTypes`),error:w(`coTypes`)}),K(`div`,{class:`checkboxes`,children:On.map(e=>K(`div`,{class:`checkbox`,children:[K(`input`,{type:`checkbox`,id:`co-${e}`,checked:a.coTypes.includes(e),"aria-invalid":T(`coTypes`),onChange:()=>_(`coTypes`,a.coTypes.includes(e)?a.coTypes.filter(t=>t!==e):[...a.coTypes,e])}),K(`label`,{for:`co-${e}`,children:[i.labels.co[e],` `,K(`span`,{class:`hint-inline`,children:i.labels.coHint[e]})]})]},e))})]}),K(Q,{id:C(`serviceArea`),label:i.editor.serviceArea,error:w(`serviceArea`),children:K(`select`,{id:C(`serviceArea`),class:`select`,value:a.serviceArea,"aria-invalid":T(`serviceArea`),"aria-describedby":Z(C(`serviceArea`),void 0,w(`serviceArea`)),onChange:e=>{let t=e.currentTarget.value;_(`serviceArea`,X(jn,t)?t:``)},children:[K(`option`,{value:``,children:`–`}),jn.map(e=>K(`option`,{value:e,children:i.labels.area[e]},e))]})}),K(Q,{id:C(`initiativeId`),label:i.editor.initiative,error:w(`initiativeId`),children:K(`select`,{id:C(`initiativeId`),class:`select`,value:a.initiativeId,"aria-invalid":T(`initiativeId`),"aria-describedby":Z(C(`initiativeId`),void 0,w(`initiativeId`)),onChange:e=>_(`initiativeId`,e.currentTarget.value),children:[K(`option`,{value:``,children:i.editor.noInitiative}),(h.data?.initiatives.nodes??[]).map(e=>K(`option`,{value:e.id,children:e.title},e.id))]})}),K(Q,{id:C(`tags`),label:i.editor.tags,hint:i.editor.tagsHint,error:w(`tags`),children:K(`input`,{type:`text`,id:C(`tags`),class:`input`,value:a.tags,"aria-invalid":T(`tags`),"aria-describedby":Z(C(`tags`),i.editor.tagsHint,w(`tags`)),onInput:e=>_(`tags`,e.currentTarget.value)})}),K(Q,{id:C(`language`),label:i.editor.language,error:w(`language`),children:K(`select`,{id:C(`language`),class:`select`,value:a.language,"aria-invalid":T(`language`),"aria-describedby":Z(C(`language`),void 0,w(`language`)),onChange:e=>_(`language`,e.currentTarget.value),children:O.map(e=>K(`option`,{value:e,children:i.labels.languageName(e)},e))})}),K(`fieldset`,{id:C(`visibility`),class:`field${w(`visibility`)?` has-error`:``}`,"aria-describedby":Z(C(`visibility`),void 0,w(`visibility`)),children:[K(`legend`,{class:`label`,children:i.editor.visibility}),K(Gn,{id:C(`visibility`),error:w(`visibility`)}),K(`div`,{class:`radios`,children:Mn.map(e=>K(`div`,{class:`radio`,children:[K(`input`,{type:`radio`,name:`visibility`,id:`vis-${e}`,checked:a.visibility===e,"aria-invalid":T(`visibility`),onChange:()=>_(`visibility`,e)}),K(`label`,{for:`vis-${e}`,children:i.labels.visibility[e]})]},e))})]}),K(`div`,{class:`actions`,children:[K(`button`,{type:`submit`,class:`button`,disabled:l,children:l?i.editor.saving:n?i.editor.save:i.editor.create}),K(`a`,{class:`button button-secondary`,href:n?q.caseStudy(n.id):q.home,children:i.editor.cancel})]})]})]})}var ai=240;function oi(e,t=ai){let n=e.replace(/\s+/g,` `).trim();if(n.length<=t)return n;let r=n.slice(0,t);return`${r.slice(0,Math.max(r.lastIndexOf(` `),t-20))}…`}function si({parts:e}){return K(b,{children:e.map((e,t)=>e.matched?K(`mark`,{children:e.text},t):K(b,{children:e.text},t))})}function ci(e,t){if(!t.some(e=>e.matched))return null;let n=t.map(e=>e.text).join(``),r=e.indexOf(n);return r<0?{inBody:!0,before:!0,after:!0}:{inBody:!1,before:e.slice(0,r).trim()!==``,after:e.slice(r+n.length).trim()!==``}}function li({cs:e}){let t=V(),n=B(),r=e.searchHighlight?.passage??[],i=ci(e.summary,r);return i?K(`p`,{class:`result-summary result-passage`,children:[i.inBody&&K(`span`,{class:`passage-source`,lang:n,children:[t.home.passageInText,` `]}),i.before&&`…`,K(si,{parts:r}),i.after&&`…`]}):K(`p`,{class:`result-summary`,children:oi(e.summary)})}function ui({cs:e}){let t=e.searchHighlight?.title??[];return t.some(e=>e.matched)?K(si,{parts:t}):K(b,{children:e.title})}function di({items:e,headingLevel:t=3}){let n=V(),r=B(),i=t===3?`h3`:`h4`;return K(`ol`,{class:`results`,children:e.map(e=>K(`li`,{class:`result`,children:K(`article`,{lang:e.servedLanguage,children:[K(i,{class:`result-title`,children:K(`a`,{href:q.caseStudy(e.id),children:K(ui,{cs:e})})}),K(`p`,{class:`result-meta`,lang:r,children:[K(`span`,{class:`result-council`,children:e.owner.name}),K(`span`,{children:n.labels.nation[e.owner.nation]}),K(`span`,{children:n.labels.area[e.serviceArea]}),e.initiative&&K(Wn,{step:e.initiative.starStep}),e.status!==`PUBLISHED`&&K(`span`,{class:`badge`,children:n.labels.status[e.status]}),e.visibility!==`PUBLIC`&&K(`span`,{class:`badge`,children:n.labels.visibilityShort[e.visibility]}),K(gr,{served:e.servedLanguage,translations:e.translations}),K(qn,{featured:e.featured,verifiedAt:e.verifiedAt})]}),K(`div`,{lang:r,children:K(Un,{coTypes:e.coTypes})}),K(li,{cs:e})]})},e.id))})}function fi({items:e}){let t=V(),n=B();return K(`section`,{class:`featured`,"aria-labelledby":`featured-h`,children:[K(`h2`,{id:`featured-h`,children:t.curation.featuredHeading}),K(`p`,{class:`hint`,children:t.curation.featuredIntro}),K(`ul`,{class:`featured-list`,children:e.map(e=>K(`li`,{class:`featured-card`,children:K(`article`,{lang:e.servedLanguage,children:[K(`h3`,{class:`featured-title`,children:K(`a`,{href:q.caseStudy(e.id),children:e.title})}),K(`p`,{class:`result-meta`,lang:n,children:[K(`span`,{class:`result-council`,children:e.owner.name}),K(qn,{featured:e.featured,verifiedAt:e.verifiedAt}),K(gr,{served:e.servedLanguage,translations:e.translations})]}),K(`p`,{class:`featured-summary`,children:oi(e.summary,140)})]})},e.id))})]})}var pi={co:[],step:[],area:null,nation:[],lang:[],evidence:null,q:``,sort:null},mi=/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;function hi(e){return[...new Set(e.filter(e=>mi.test(e)))].sort()}function gi(e,t,n){let r=e.getAll(t);return n.filter(e=>r.includes(e))}function _i(e){let t=new URLSearchParams(e),n=t.get(`area`),r=Number.parseInt(t.get(`evidence`)??``,10),i=t.get(`sort`);return{co:gi(t,`co`,On),step:gi(t,`step`,kn),area:X(jn,n)?n:null,nation:gi(t,`nation`,An),lang:hi(t.getAll(`lang`)),evidence:r>=1&&r<=5?r:null,q:(t.get(`q`)??``).trim(),sort:X(Fn,i)?i:null}}function vi(e){let t=new URLSearchParams;for(let n of On)e.co.includes(n)&&t.append(`co`,n);for(let n of kn)e.step.includes(n)&&t.append(`step`,n);e.area&&t.set(`area`,e.area);for(let n of An)e.nation.includes(n)&&t.append(`nation`,n);for(let n of hi(e.lang))t.append(`lang`,n);e.evidence!=null&&t.set(`evidence`,String(e.evidence)),e.q&&t.set(`q`,e.q),e.sort&&e.sort!==bi(e)&&t.set(`sort`,e.sort);let n=t.toString();return n?`?${n}`:``}function yi(e){return`/${vi(e)}`}function bi(e){return e.q?`RELEVANCE`:`UPDATED_AT`}function xi(e){return e.sort?e.sort===`RELEVANCE`&&!e.q?`UPDATED_AT`:e.sort:bi(e)}function Si(e){let t={};return e.co.length>0&&(t.coTypes=e.co),e.step.length>0&&(t.starSteps=e.step),e.area&&(t.serviceArea=e.area),e.nation.length>0&&(t.nations=e.nation),e.lang.length>0&&(t.languages=e.lang),e.evidence!=null&&(t.minEvidenceLevel=e.evidence),e.q&&(t.search=e.q),t}function Ci(e){return e.co.length>0||e.step.length>0||e.area!=null||e.nation.length>0||e.lang.length>0||e.evidence!=null||e.q!==``}function wi(e,t){return e.includes(t)?e.filter(e=>e!==t):[...e,t]}function Ti(e,t){return e.find(e=>e.value===t)?.count??0}function Ei({n:e}){return K(`span`,{class:`facet-count`,children:H(e)})}function Di({id:e,legend:t,options:n,selected:r,onToggle:i}){return K(`fieldset`,{class:`facet`,children:[K(`legend`,{children:t}),K(`ul`,{class:`facet-options`,children:n.map(t=>K(`li`,{children:[K(`input`,{type:`checkbox`,id:`${e}-${t.value}`,checked:r.includes(t.value),onChange:()=>i(t.value)}),K(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&K(Ei,{n:t.count})]})]},t.value))})]})}function Oi({id:e,legend:t,hint:n,options:r,selected:i,onSelect:a}){return K(`fieldset`,{class:`facet`,"aria-describedby":n?`${e}-hint`:void 0,children:[K(`legend`,{children:t}),n&&K(`p`,{class:`hint`,id:`${e}-hint`,children:n}),K(`ul`,{class:`facet-options`,children:r.map(t=>K(`li`,{children:[K(`input`,{type:`radio`,name:e,id:`${e}-${t.value}`,checked:i===t.value,onChange:()=>a(t.value)}),K(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&K(Ei,{n:t.count})]})]},t.value))})]})}function ki({facets:e,state:t,onChange:n}){let r=V(),i=(e,t,n)=>e.filter(e=>Ti(t,e)>0||n.includes(e)),a=[{value:``,label:r.home.anyArea,count:null},...i(jn,e.serviceAreas,t.area?[t.area]:[]).map(t=>({value:t,label:r.labels.area[t],count:Ti(e.serviceAreas,t)}))],o=t=>e.evidenceLevels.reduce((e,n)=>Number(n.value)>=t?e+n.count:e,0),s=[{value:``,label:r.home.anyEvidence,count:null},...Hn.filter(e=>o(e)>0||t.evidence===e).map(e=>({value:String(e),label:r.home.evidenceAtLeast(e),count:o(e)}))];return K(`div`,{class:`facets`,children:[K(Di,{id:`f-co`,legend:r.home.facetCo,options:On.map(t=>({value:t,label:r.labels.co[t],count:Ti(e.coTypes,t)})),selected:t.co,onToggle:e=>n({...t,co:wi(t.co,e)})}),K(Di,{id:`f-step`,legend:r.home.facetStep,options:kn.map(t=>({value:t,label:r.labels.step[t],count:Ti(e.starSteps,t)})),selected:t.step,onToggle:e=>n({...t,step:wi(t.step,e)})}),K(Oi,{id:`f-area`,legend:r.home.facetArea,options:a,selected:t.area??``,onSelect:e=>n({...t,area:jn.find(t=>t===e)??null})}),K(Di,{id:`f-nation`,legend:r.home.facetNation,options:i(An,e.nations,t.nation).map(t=>({value:t,label:r.labels.nation[t],count:Ti(e.nations,t)})),selected:t.nation,onToggle:e=>n({...t,nation:wi(t.nation,e)})}),K(Oi,{id:`f-evidence`,legend:r.home.facetEvidence,hint:r.home.evidenceHint,options:s,selected:t.evidence==null?``:String(t.evidence),onSelect:e=>n({...t,evidence:e===``?null:Number(e)})}),K(Di,{id:`f-lang`,legend:r.home.facetLanguage,options:[...new Set([...e.languages.map(e=>e.value),...t.lang])].map(t=>({value:t,label:r.labels.languageName(t),count:Ti(e.languages,t)})),selected:t.lang,onToggle:e=>n({...t,lang:wi(t.lang,e)})})]})}function Ai(e,t){return e===0||t===0?0:Math.max(1,Math.ceil(e/t*4))}function ji({matrix:e,selectedCo:t,selectedStep:n,onCell:r,onCo:i,onStep:a,busy:o}){let s=V(),c=new Map;for(let t of e)c.set(`${t.coType}|${t.starStep}`,t.count);let l=Math.max(0,...c.values()),u=t.length===1&&n.length===1;return K(b,{children:[K(`p`,{class:`hint star-hint`,id:`star-hint`,children:s.home.starHint}),K(`div`,{class:`star-scroll`,role:`region`,"aria-labelledby":`star-caption`,"aria-describedby":`star-hint`,tabIndex:0,children:K(`table`,{class:`star`,"aria-busy":o,children:[K(`caption`,{id:`star-caption`,class:`visually-hidden`,children:s.home.starCaption}),K(`thead`,{children:K(`tr`,{children:[K(`td`,{class:`star-corner`,children:s.home.starCorner}),kn.map(e=>{let t=n.includes(e);return K(`th`,{scope:`col`,children:K(`button`,{type:`button`,class:`star-head`,"aria-pressed":t,title:s.home.stepButton(s.labels.step[e],t),onClick:()=>a(e),children:[K(`span`,{class:`star-step-number`,"aria-hidden":`true`,children:kn.indexOf(e)+1}),s.labels.step[e]]})},e)})]})}),K(`tbody`,{children:On.map(e=>{let a=t.includes(e);return K(`tr`,{children:[K(`th`,{scope:`row`,children:K(`button`,{type:`button`,class:`star-head star-row-head`,"aria-pressed":a,title:s.home.coButton(s.labels.co[e],a),onClick:()=>i(e),children:s.labels.co[e]})}),kn.map(i=>{let a=c.get(`${e}|${i}`)??0,o=u&&t[0]===e&&n[0]===i;return K(`td`,{class:`star-cell heat-${Ai(a,l)}${o?` is-selected`:``}`,children:K(`button`,{type:`button`,class:`star-count`,"aria-pressed":o,"aria-label":s.home.cellLabel(a,s.labels.co[e],s.labels.step[i],o),disabled:a===0&&!o,onClick:()=>r(e,i),children:a})},i)})]},e)})})]})})]})}var Mi=20,Ni=6;function Pi({search:e}){let t=V(),n=Xt(),r=Oe(()=>_i(e),[e]),i=Oe(()=>Si(r),[r]),a=Oe(()=>({field:xi(r)}),[r]),o=B(),s=Oe(()=>r.q?{search:r.q,searching:!0}:{},[r.q]),c=W(nt,{filter:i,first:Mi,orderBy:a,lang:o,...s},{keepPrevious:!0}),l=!Ci(r),u=W(it,{first:Ni,lang:o},{keepPrevious:!0,skip:!l}),d=l?u.data?.caseStudies.nodes??[]:[],f=`${e}|${n??``}|${o}`,[p,m]=N(null),[h,g]=N(!1),[_,v]=N(null),[y,b]=N(null),[x,S]=N(!1),[C,w]=N(r.q),T=F(null),E=F(null);rn(r.q?t.home.titleSearch(r.q):t.home.title),P(()=>w(r.q),[r.q]);let D=c.data;P(()=>{D&&!c.loading&&performance.mark(`costar:star-ready`)},[D,c.loading]);let O=p?.key===f&&!c.loading?p:null,k=D?[...D.caseStudies.nodes,...O?.nodes??[]]:[],ee=O?O.hasNextPage:D?.caseStudies.pageInfo.hasNextPage??!1,te=O?O.endCursor:D?.caseStudies.pageInfo.endCursor??null,ne=D?.caseStudies.totalCount??0;P(()=>{y!=null&&((T.current?.querySelectorAll(`.result-title a`))?.[y]?.focus(),b(null))},[y,k.length]);let A=(e,t=!1)=>{hn(yi(e),{keepScroll:!0,keepFocus:!0}),t&&E.current?.focus()},re=async()=>{if(te){g(!0),v(null);try{let e=await R(rt,{filter:i,first:Mi,after:te,orderBy:a,lang:o,...s});b(k.length),m({key:f,nodes:[...O?.nodes??[],...e.caseStudies.nodes],hasNextPage:e.caseStudies.pageInfo.hasNextPage,endCursor:e.caseStudies.pageInfo.endCursor})}catch(e){e instanceof L&&v(e)}finally{g(!1)}}},ie=[...r.q?[{label:t.home.searchFor(r.q),next:{...r,q:``,sort:null}}]:[],...r.co.map(e=>({label:t.labels.co[e],next:{...r,co:wi(r.co,e)}})),...r.step.map(e=>({label:t.labels.step[e],next:{...r,step:wi(r.step,e)}})),...r.area?[{label:t.labels.area[r.area],next:{...r,area:null}}]:[],...r.nation.map(e=>({label:t.labels.nation[e],next:{...r,nation:wi(r.nation,e)}})),...r.lang.map(e=>({label:t.labels.languageName(e),next:{...r,lang:wi(r.lang,e)}})),...r.evidence==null?[]:[{label:`${t.home.facetEvidence}: ${t.home.evidenceAtLeast(r.evidence)}`,next:{...r,evidence:null}}]];return K(`div`,{class:`home`,children:[K(`h1`,{children:t.home.title}),K(`p`,{class:`lead`,children:t.home.intro}),K(`form`,{class:`search`,role:`search`,onSubmit:e=>{e.preventDefault(),A({...r,q:C.trim(),sort:null},!0)},children:[K(`label`,{for:`q`,class:`label`,children:t.home.searchLabel}),K(`p`,{class:`hint`,id:`q-hint`,children:t.home.searchHint}),K(`div`,{class:`search-row`,children:[K(`input`,{type:`search`,id:`q`,name:`q`,class:`input`,"aria-describedby":`q-hint`,value:C,onInput:e=>w(e.currentTarget.value)}),K(`button`,{type:`submit`,class:`button`,children:t.home.searchButton})]})]}),K(`section`,{class:`star-section`,"aria-labelledby":`star-h`,children:[K(`h2`,{id:`star-h`,children:t.home.starHeading}),D?K(ji,{matrix:D.caseStudyFacets.coStepMatrix,selectedCo:r.co,selectedStep:r.step,busy:c.loading,onCell:(e,t)=>{let n=r.co.length===1&&r.step.length===1&&r.co[0]===e&&r.step[0]===t;A(n?{...r,co:[],step:[]}:{...r,co:[e],step:[t]})},onCo:e=>A({...r,co:wi(r.co,e)}),onStep:e=>A({...r,step:wi(r.step,e)})}):c.error?K(xn,{error:c.error,onRetry:c.reload}):K(J,{})]}),d.length>0&&K(fi,{items:d}),K(`div`,{class:`explore`,children:[K(`section`,{class:`filters${x?``:` is-collapsed`}`,"aria-labelledby":`filters-h`,children:[K(`h2`,{id:`filters-h`,class:`filters-heading`,children:t.home.filtersHeading}),K(`button`,{type:`button`,class:`button button-secondary filters-toggle`,"aria-expanded":x,"aria-controls":`filters-panel`,onClick:()=>S(!x),children:t.home.filtersHeading}),K(`div`,{id:`filters-panel`,class:`filters-panel`,children:D&&K(ki,{facets:D.caseStudyFacets,state:r,onChange:e=>A(e)})})]}),K(`section`,{class:`results-section`,"aria-labelledby":`results-h`,"aria-busy":c.loading,children:[K(`div`,{class:`results-head`,children:[K(`h2`,{id:`results-h`,tabIndex:-1,ref:E,children:t.home.resultsHeading}),K(`p`,{class:`results-count`,"aria-live":`polite`,"aria-atomic":`true`,children:D?t.home.count(ne):``}),K(`div`,{class:`sort`,children:[K(`label`,{for:`sort`,class:`label-inline`,children:t.home.sortLabel}),K(`select`,{id:`sort`,class:`select`,value:xi(r),onChange:e=>{let t=e.currentTarget.value;A({...r,sort:Fn.find(e=>e===t)??null})},children:Fn.filter(e=>e!==`RELEVANCE`||r.q).map(e=>K(`option`,{value:e,children:t.labels.order[e]},e))})]})]}),ie.length>0&&K(`div`,{class:`active-filters`,children:[K(`h3`,{class:`visually-hidden`,children:t.home.activeFilters}),K(`ul`,{class:`filter-chips`,children:ie.map(e=>K(`li`,{children:K(`button`,{type:`button`,class:`filter-chip`,"aria-label":t.home.removeFilter(e.label),onClick:()=>A(e.next,!0),children:[e.label,K(`span`,{"aria-hidden":`true`,children:` ×`})]})},e.label))}),Ci(r)&&K(`button`,{type:`button`,class:`link-button`,onClick:()=>A(pi,!0),children:t.home.clearFilters})]}),c.error&&D&&K(xn,{error:c.error,onRetry:c.reload}),!D&&!c.error&&K(J,{}),D&&K(`div`,{ref:T,class:c.loading?`is-stale`:``,children:[k.length===0?K(`p`,{class:`empty`,children:t.home.noResults}):K(di,{items:k}),k.length>0&&K(`p`,{class:`showing`,children:t.home.showing(k.length,ne)}),_&&K(`p`,{class:`error-text`,role:`alert`,children:G(_)}),ee&&K(`button`,{type:`button`,class:`button button-secondary`,disabled:h,onClick:()=>void re(),children:h?t.home.loadingMore:t.home.loadMore})]})]})]})]})}function Fi(e,t){return(e?.errors??[]).map(e=>{let n=e.code===`BAD_USER_INPUT`&&e.field?t(e.field.replace(/^input\./,``)):null;return{key:n,message:n?e.message:G(new L([e],0))}})}function Ii(e,t){return new L([At(`BAD_USER_INPUT`,e,t)],0)}function Li(e){return e.replace(/[^A-Za-z0-9_-]/g,``)}function Ri(e){let t=document.getElementById(e),n=t instanceof HTMLFieldSetElement?t.querySelector(`input, select`):t;n instanceof HTMLElement&&n.focus()}function zi({error:e,problems:t,idOf:n}){let r=V(),i=F(null);return P(()=>{e&&i.current?.focus()},[e]),t.length===0?null:K(`div`,{class:`error-summary form-problems`,role:`alert`,tabIndex:-1,ref:i,children:[K(`p`,{class:`error-summary-title`,children:r.toolkitEdit.problem}),K(`ul`,{children:t.map((e,t)=>{let r=e.key;return K(`li`,{children:r?K(`a`,{href:`#${n(r)}`,onClick:e=>{e.preventDefault(),Ri(n(r))},children:e.message}):e.message},t)})})]})}function Bi(){let[e,t]=N(!1),[n,r]=N(null);return{busy:e,error:n,setError:r,run:async e=>{t(!0),r(null);try{return await e(),!0}catch(e){if(e instanceof L)r(e);else throw e;return!1}finally{t(!1)}}}}function Vi(e,t){return e.find(e=>e.key===t)?.message??null}var Hi=0,Ui=Array.from({length:31},(e,t)=>t),Wi=155;function Gi(e=0,t=`COUNCIL_COST`){return Hi+=1,{key:Hi,year:e,category:t,amount:``}}function Ki(e){if(e===`discountRate`)return`rate`;if(e===`currency`)return`currency`;let t=/^flows\[(\d+)\](?:\.(year|category|amount))?/.exec(e);return t?`row.${t[1]??`0`}.${t[2]??`amount`}`:e.startsWith(`flows`)?`flows`:null}var qi=e=>`bce-${e.replace(/\./g,`-`)}`;function Ji(e){return String(Number((e*100).toFixed(6)))}function Yi({initiativeId:e,current:t,onSaved:n}){let r=V(),i=r.toolkitEdit,[a,o]=N(()=>t?Ji(t.discountRate):`3.5`),[s,c]=N(t?.currency??`GBP`),[l,u]=N(()=>t&&t.flows.length>0?t.flows.map(e=>({...Gi(e.year,e.category),amount:String(e.amount)})):[Gi()]),[d,f]=N(null),[p,m]=N(null),h=F(null),{busy:g,error:_,run:v}=Bi(),y=Fi(_,Ki),b=e=>Vi(y,e),x=e=>b(e)?!0:void 0;P(()=>{p!=null&&(document.getElementById(qi(`row.${p}.year`))?.focus(),m(null))},[p]);let S=(e,t)=>u(n=>n.map(n=>n.key===e?{...n,...t}:n)),C=()=>{let e=l[l.length-1];u([...l,Gi(e?Math.min(30,e.year+1):0,e?.category)]),m(l.length)},w=e=>{u(l.filter(t=>t.key!==e)),h.current?.focus()},T=async t=>{t.preventDefault(),f(null),await v(async()=>{let t=Number(a);if(a.trim()===``||!Number.isFinite(t))throw Ii(i.enterNumber,`discountRate`);if(t<0||t>100)throw Ii(i.rateRange,`discountRate`);if(l.length===0)throw Ii(i.noRows,`flows`);let n=l.map((e,t)=>{let n=Number(e.amount);if(e.amount.trim()===``||!Number.isFinite(n))throw Ii(i.enterNumber,`flows[${t}].amount`);return{year:e.year,category:e.category,amount:n}}),r=await R(Ot,{initiativeId:e,input:{discountRate:t/100,currency:s.trim().toUpperCase(),flows:n}});f(r.setBusinessCase)})&&n()},E=b(`flows`),D=(e,t)=>{let n=`row.${e}.${t}`;return{key:n,id:qi(n),error:b(n)}};return K(`section`,{class:`toolkit-edit`,"aria-labelledby":`bce-h`,children:[K(`h4`,{id:`bce-h`,children:i.editHeading}),K(`p`,{class:`hint`,children:i.editIntro}),K(`div`,{"aria-live":`polite`,class:`live`,children:d&&K(`div`,{class:`notice notice-success business-case-saved`,children:K(`p`,{children:i.savedCase(qt(d.npv,d.currency),d.benefitCostRatio==null?r.businessCase.notDefined:H(d.benefitCostRatio,{maximumFractionDigits:2}))})})}),K(zi,{error:_,problems:y,idOf:qi}),K(`form`,{class:`form business-case-form`,noValidate:!0,onSubmit:e=>void T(e),children:[K(`div`,{class:`inline-fields`,children:[K(Q,{id:`bce-rate`,label:i.rate,hint:i.rateHint,error:b(`rate`),children:K(`span`,{class:`input-with-unit`,children:[K(`input`,{type:`number`,id:`bce-rate`,class:`input input-number`,min:0,max:100,step:`any`,inputMode:`decimal`,value:a,"aria-invalid":x(`rate`),"aria-describedby":Z(`bce-rate`,i.rateHint,b(`rate`)),onInput:e=>o(e.currentTarget.value)}),K(`span`,{class:`unit`,"aria-hidden":`true`,children:`%`})]})}),K(Q,{id:`bce-currency`,label:i.currency,hint:i.currencyHint,error:b(`currency`),children:K(`input`,{type:`text`,id:`bce-currency`,class:`input input-currency`,maxLength:3,autoComplete:`off`,autoCapitalize:`characters`,spellcheck:!1,value:s,"aria-invalid":x(`currency`),"aria-describedby":Z(`bce-currency`,i.currencyHint,b(`currency`)),onInput:e=>c(e.currentTarget.value)})})]}),K(`fieldset`,{id:`bce-flows`,class:`field${E?` has-error`:``}`,"aria-describedby":Z(`bce-flows`,i.flowsHint,E),children:[K(`legend`,{class:`label`,children:i.flowsCaption}),K(`p`,{class:`hint`,id:`bce-flows-hint`,children:i.flowsHint}),K(Gn,{id:`bce-flows`,error:E}),K(`div`,{class:`table-scroll`,children:K(`table`,{class:`data-table flows-table`,children:[K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,children:i.year}),K(`th`,{scope:`col`,children:i.category}),K(`th`,{scope:`col`,children:i.amount}),K(`th`,{scope:`col`,children:K(`span`,{class:`visually-hidden`,children:i.remove})})]})}),K(`tbody`,{children:l.map((e,t)=>{let n=D(t,`year`),a=D(t,`category`),o=D(t,`amount`);return K(`tr`,{class:`flow-row`,children:[K(`td`,{children:[K(`label`,{class:`cell-label`,for:n.id,children:i.rowLabel(i.year,t+1)}),K(Gn,{id:n.id,error:n.error}),K(`select`,{id:n.id,class:`select flow-year`,value:String(e.year),"aria-invalid":n.error?!0:void 0,"aria-describedby":Z(n.id,void 0,n.error),onChange:t=>S(e.key,{year:Number(t.currentTarget.value)}),children:Ui.map(e=>K(`option`,{value:String(e),children:String(e)},e))})]}),K(`td`,{children:[K(`label`,{class:`cell-label`,for:a.id,children:i.rowLabel(i.category,t+1)}),K(Gn,{id:a.id,error:a.error}),K(`select`,{id:a.id,class:`select flow-category`,value:e.category,"aria-invalid":a.error?!0:void 0,"aria-describedby":Z(a.id,void 0,a.error),onChange:t=>{let n=t.currentTarget.value;X(zn,n)&&S(e.key,{category:n})},children:zn.map(e=>K(`option`,{value:e,children:r.labels.cashFlowCategory[e]},e))})]}),K(`td`,{children:[K(`label`,{class:`cell-label`,for:o.id,children:i.rowLabel(i.amount,t+1)}),K(Gn,{id:o.id,error:o.error}),K(`input`,{type:`number`,id:o.id,class:`input input-amount flow-amount`,min:0,step:`any`,inputMode:`decimal`,value:e.amount,"aria-invalid":o.error?!0:void 0,"aria-describedby":Z(o.id,void 0,o.error),onInput:t=>S(e.key,{amount:t.currentTarget.value})})]}),K(`td`,{children:K(`button`,{type:`button`,class:`button button-secondary button-small`,"aria-label":i.removeRow(t+1),disabled:l.length===1,onClick:()=>w(e.key),children:i.remove})})]},e.key)})})]})}),K(`button`,{type:`button`,class:`button button-secondary`,ref:h,disabled:l.length>=Wi,onClick:C,children:i.addRow})]}),K(`button`,{type:`submit`,class:`button`,disabled:g,children:g?i.saving:i.saveCase})]})]})}function Xi({initiativeId:e,copied:t,onCopied:n}){let r=V(),i=r.toolkitEdit,a=W(Tt,{}),o=a.data?.incentiveTemplates,[s,c]=N([]),[l,u]=N(null),{busy:d,error:f,run:p}=Bi(),m=Fi(f,e=>e===`templateIds`||e.startsWith(`templateIds[`)?`templateIds`:null),h=Vi(m,`templateIds`),g=async t=>{t.preventDefault(),u(null),await p(async()=>{if(s.length===0)throw Ii(i.chooseTemplate,`templateIds`);let t=await R(Et,{initiativeId:e,templateIds:[...s]});u(t.copyIncentiveTemplates.length)})&&(c([]),n())};return K(`section`,{class:`toolkit-edit`,"aria-labelledby":`copy-h`,children:[K(`h4`,{id:`copy-h`,children:i.copyHeading}),K(`p`,{class:`hint`,children:i.copyIntro}),K(`div`,{"aria-live":`polite`,class:`live`,children:l!=null&&K(`div`,{class:`notice notice-success incentives-copied`,children:K(`p`,{children:i.copied(l)})})}),a.error?K(xn,{error:a.error,onRetry:a.reload}):o?o.length===0?K(`p`,{class:`empty`,children:i.noTemplates}):K(b,{children:[K(zi,{error:f,problems:m,idOf:()=>`copy-templates`}),K(`form`,{class:`form copy-templates`,noValidate:!0,onSubmit:e=>void g(e),children:[K(`fieldset`,{id:`copy-templates`,class:`field${h?` has-error`:``}`,"aria-describedby":Z(`copy-templates`,void 0,h),children:[K(`legend`,{class:`label`,children:i.copyLegend}),K(Gn,{id:`copy-templates`,error:h}),K(`div`,{class:`checkboxes`,children:o.map(e=>{let n=`copy-${Li(e.id)}`,a=s.includes(e.id);return K(`div`,{class:`checkbox`,children:[K(`input`,{type:`checkbox`,id:n,checked:a,"aria-describedby":`${n}-meta`,onChange:()=>c(a?s.filter(t=>t!==e.id):[...s,e.id])}),K(`label`,{for:n,children:[e.title,` `,K(`span`,{class:`hint-inline`,id:`${n}-meta`,children:[i.templateMeta(e.publisher.name,r.labels.targetGroup[e.targetGroup],r.labels.incentiveKind[e.kind]),t.includes(e.id)&&` ${i.alreadyCopied}`]})]})]},e.id)})})]}),K(`button`,{type:`submit`,class:`button`,disabled:d,children:d?i.copying:i.copySubmit})]})]}):K(J,{})]})}var Zi=[`people`,`from`,`to`];function Qi({incentiveId:e,onRecorded:t}){let n=V(),r=n.toolkitEdit,[i,a]=N(``),[o,s]=N(``),[c,l]=N(``),[u,d]=N(null),{busy:f,error:p,run:m}=Bi(),h=`uptake-${Li(e)}`,g=e=>`${h}-${e}`,_=Fi(p,e=>X(Zi,e)?e:null),v=e=>Vi(_,e),y=async u=>{u.preventDefault(),d(null),await m(async()=>{let t=Number(i);if(i.trim()===``||!Number.isInteger(t)||t<0)throw Ii(r.enterWholeNumber,`people`);if(!o)throw Ii(r.enterDate,`from`);if(!c)throw Ii(r.enterDate,`to`);await R(Dt,{incentiveId:e,input:{people:t,from:o,to:c}}),d(r.recorded(n.toolkit.people(t),U(o),U(c)))})&&(a(``),s(``),l(``),t())},b=(e,t,n,r)=>K(Q,{id:g(e),label:t,error:v(e),children:K(`input`,{type:e===`people`?`number`:`date`,id:g(e),class:`input ${e===`people`?`input-number`:`input-date`}`,min:e===`people`?0:void 0,step:e===`people`?1:void 0,inputMode:e===`people`?`numeric`:void 0,value:n,"aria-invalid":v(e)?!0:void 0,"aria-describedby":Z(g(e),void 0,v(e)),onInput:e=>r(e.currentTarget.value)})});return K(`form`,{class:`uptake-form`,noValidate:!0,onSubmit:e=>void y(e),children:[K(`div`,{"aria-live":`polite`,class:`live`,children:u&&K(`div`,{class:`notice notice-success uptake-recorded`,children:K(`p`,{children:u})})}),K(zi,{error:p,problems:_,idOf:g}),K(`fieldset`,{class:`subform`,children:[K(`legend`,{class:`label`,children:r.uptakeLegend}),K(`div`,{class:`inline-fields`,children:[b(`people`,r.uptakePeople,i,a),b(`from`,r.uptakeFrom,o,s),b(`to`,r.uptakeTo,c,l)]}),K(`button`,{type:`submit`,class:`button button-secondary`,disabled:f,children:f?r.recording:r.uptakeSubmit})]})]})}var $i={category:``,description:``,availability:[]},ea=300,ta=64;function na(){return{reference:``,consentedOn:Dr(),willingness:`AS_NOW`,offers:$i,needs:$i}}function ra(e){let t=/^(reference|consentedOn|willingness)$/.exec(e);if(t)return t[1]??null;let n=/^(offers|needs)(?:\[\d+\])?(?:\.(category|description|availability))?/.exec(e);return n?`${n[1]??``}.${n[2]??`category`}`:null}var $=e=>`pa-${e.replace(`.`,`-`)}`;function ia({initiativeId:e,onAdded:t}){let n=V(),r=n.toolkitEdit,[i,a]=N(na),[o,s]=N(null),{busy:c,error:l,run:u}=Bi(),d=Fi(l,ra),f=e=>Vi(d,e),p=e=>f(e)?!0:void 0,m=e=>{let t=i[e];if(!t.category&&!t.description.trim()&&t.availability.length===0)return[];if(!t.category)throw Ii(r.chooseKind,`input.${e}[0].category`);let n=Ln.filter(e=>t.availability.includes(e));return[{category:t.category,description:t.description.trim(),availability:n}]},h=async n=>{n.preventDefault(),s(null),await u(async()=>{let t=await R(Ct,{initiativeId:e,input:{reference:i.reference.trim(),consentedOn:i.consentedOn,willingness:i.willingness,offers:m(`offers`),needs:m(`needs`)}});s(t.addParticipant.reference)})&&(a(na()),t())},g=(e,t)=>a(n=>({...n,[e]:{...n[e],...t}})),_=(e,t)=>{let a=i[e],o=`${e}.category`,s=`${e}.description`,c=`${e}.availability`,l=`${$(e)}-legend`;return K(`fieldset`,{class:`subform`,"aria-labelledby":l,"aria-describedby":`${l}-hint`,children:[K(`legend`,{class:`label`,id:l,children:t}),K(`p`,{class:`hint`,id:`${l}-hint`,children:r.contributionHint}),K(Q,{id:$(o),label:r.kind,error:f(o),children:K(`select`,{id:$(o),class:`select`,value:a.category,"aria-invalid":p(o),"aria-describedby":Z($(o),void 0,f(o)),onChange:t=>{let n=t.currentTarget.value;g(e,{category:X(In,n)?n:``})},children:[K(`option`,{value:``,children:r.noKind}),In.map(e=>K(`option`,{value:e,children:n.labels.contribution[e]},e))]})}),K(Q,{id:$(s),label:r.description,hint:r.descriptionHint,error:f(s),children:K(`textarea`,{id:$(s),class:`textarea`,rows:2,maxLength:ea,value:a.description,"aria-invalid":p(s),"aria-describedby":Z($(s),r.descriptionHint,f(s)),onInput:t=>g(e,{description:t.currentTarget.value})})}),K(`fieldset`,{id:$(c),class:`field${f(c)?` has-error`:``}`,"aria-describedby":Z($(c),r.availabilityHint,f(c)),children:[K(`legend`,{class:`label`,children:r.availability}),K(`p`,{class:`hint`,id:`${$(c)}-hint`,children:r.availabilityHint}),K(Gn,{id:$(c),error:f(c)}),K(`div`,{class:`checkboxes checkboxes-inline`,children:Ln.map(t=>{let r=`${$(c)}-${t}`;return K(`div`,{class:`checkbox`,children:[K(`input`,{type:`checkbox`,id:r,checked:a.availability.includes(t),"aria-invalid":p(c),onChange:()=>g(e,{availability:a.availability.includes(t)?a.availability.filter(e=>e!==t):[...a.availability,t]})}),K(`label`,{for:r,children:n.labels.availability[t]})]},t)})})]})]})};return K(`section`,{class:`toolkit-edit`,"aria-labelledby":`pa-h`,children:[K(`h4`,{id:`pa-h`,children:r.addHeading}),K(`p`,{class:`hint`,children:r.addIntro}),K(`div`,{"aria-live":`polite`,class:`live`,children:o&&K(`div`,{class:`notice notice-success participant-added`,children:K(`p`,{children:r.added(o)})})}),K(zi,{error:l,problems:d,idOf:$}),K(`form`,{class:`form participant-form`,noValidate:!0,onSubmit:e=>void h(e),children:[K(Q,{id:`pa-reference`,label:r.reference,hint:r.referenceHint,error:f(`reference`),children:K(`input`,{type:`text`,id:`pa-reference`,class:`input input-short`,autoComplete:`off`,spellcheck:!1,maxLength:ta,value:i.reference,"aria-invalid":p(`reference`),"aria-describedby":Z(`pa-reference`,r.referenceHint,f(`reference`)),onInput:e=>{let t=e.currentTarget.value;a(e=>({...e,reference:t}))}})}),K(Q,{id:`pa-consentedOn`,label:r.consentedOn,hint:r.consentedOnHint,error:f(`consentedOn`),children:K(`input`,{type:`date`,id:`pa-consentedOn`,class:`input input-date`,max:Dr(),value:i.consentedOn,"aria-invalid":p(`consentedOn`),"aria-describedby":Z(`pa-consentedOn`,r.consentedOnHint,f(`consentedOn`)),onInput:e=>{let t=e.currentTarget.value;a(e=>({...e,consentedOn:t}))}})}),K(Q,{id:`pa-willingness`,label:r.willingness,error:f(`willingness`),children:K(`select`,{id:`pa-willingness`,class:`select`,value:i.willingness,"aria-invalid":p(`willingness`),"aria-describedby":Z(`pa-willingness`,void 0,f(`willingness`)),onChange:e=>{let t=e.currentTarget.value;X(Rn,t)&&a(e=>({...e,willingness:t}))},children:Rn.map(e=>K(`option`,{value:e,children:n.labels.willingness[e]},e))})}),_(`offers`,r.offerLegend),_(`needs`,r.needLegend),K(`button`,{type:`submit`,class:`button`,disabled:c,children:c?r.adding:r.addSubmit})]})]})}function aa({participant:e,onWithdrawn:t}){let n=V().toolkitEdit,[r,i]=N(!1),{busy:a,error:o,setError:s,run:c}=Bi(),l=F(null),u=F(null),d=`withdraw-${Li(e.id)}`;P(()=>{r&&l.current?.focus()},[r]);let f=async()=>{await c(async()=>{t((await R(wt,{id:e.id})).withdrawParticipantConsent.withdrawnAt??new Date().toISOString())})};return r?K(`div`,{class:`confirm`,role:`group`,"aria-labelledby":`${d}-q`,children:[K(`p`,{id:`${d}-q`,class:`confirm-question`,tabIndex:-1,ref:l,children:n.withdrawConfirm(e.reference)}),o&&K(`p`,{class:`error-text`,role:`alert`,children:G(o)}),K(`div`,{class:`actions`,children:[K(`button`,{type:`button`,class:`button button-warning`,disabled:a,onClick:()=>void f(),children:a?n.withdrawing:n.withdrawYes}),K(`button`,{type:`button`,class:`button button-secondary`,disabled:a,onClick:()=>{i(!1),setTimeout(()=>u.current?.focus(),0)},children:n.withdrawNo})]})]}):K(`button`,{type:`button`,class:`button button-secondary withdraw-consent`,ref:u,onClick:()=>{s(null),i(!0)},children:[n.withdraw,K(`span`,{class:`visually-hidden`,children:n.withdrawWho(e.reference)})]})}function oa({id:e,label:t,tabs:n}){let[r,i]=N(null),[a,o]=N([]),s=F(new Map),c=n.find(e=>e.key===r)?.key??n[0]?.key,l=(e,t)=>{i(e),o(t=>[...new Set([...t,...c?[c]:[],e])]),t&&s.current.get(e)?.focus()},u=(e,t)=>{let r={ArrowRight:t+1,ArrowLeft:t-1,Home:0,End:n.length-1}[e.key],i=r===void 0?void 0:n[(r+n.length)%n.length];i&&(e.preventDefault(),l(i.key,!0))};return K(`div`,{class:`tabs`,children:[K(`div`,{class:`tablist`,role:`tablist`,"aria-label":t,children:n.map((t,n)=>{let r=t.key===c;return K(`button`,{type:`button`,role:`tab`,class:`tab`,id:`${e}-tab-${t.key}`,"aria-selected":r?`true`:`false`,"aria-controls":`${e}-panel-${t.key}`,tabIndex:r?0:-1,ref:e=>{e?s.current.set(t.key,e):s.current.delete(t.key)},onClick:()=>l(t.key,!1),onKeyDown:e=>u(e,n),children:t.label},t.key)})}),n.map(t=>{let n=t.key===c;return K(`div`,{class:`tabpanel`,role:`tabpanel`,id:`${e}-panel-${t.key}`,"aria-labelledby":`${e}-tab-${t.key}`,tabIndex:0,hidden:!n,children:(n||a.includes(t.key))&&t.panel()},t.key)})]})}function sa(e,t){return t.count==null?t.countSuppressed?e.toolkit.fewerThan5:e.common.notKnown:H(t.count)}function ca(e,t){return t.count==null?t.countSuppressed?e.toolkit.fewerPeople:e.common.notKnown:e.toolkit.people(t.count)}function la(e,t){return t.map(t=>e.labels.availability[t]).join(`, `)}function ua({id:e,owner:t}){let n=V(),r=B(),{viewer:i}=$t(),a=W(vt,{id:e,lang:r},{partial:!0,keepPrevious:!0}),o=a.data?.node,s=o?.__typename===`Initiative`?o:null,c=i?.organisation.slug===t.slug,l=c&&en(i),u=a.reload,d=e=>()=>s?e(s):a.error?K(xn,{error:a.error,onRetry:a.reload}):a.loading?K(J,{}):null,f=[{key:`assets`,label:n.toolkit.tabs.assets,panel:d(e=>K(da,{toolkit:e}))},{key:`incentives`,label:n.toolkit.tabs.incentives,panel:d(e=>K(fa,{toolkit:e,editable:l,onChanged:u}))},{key:`charter`,label:n.toolkit.tabs.charter,panel:d(e=>K(pa,{toolkit:e}))},{key:`business-case`,label:n.toolkit.tabs.businessCase,panel:d(t=>K(ma,{id:e,toolkit:t,editable:l,onChanged:u}))}];return l&&f.push({key:`matches`,label:n.toolkit.tabs.matches,panel:()=>K(ha,{id:e,owner:t.name})}),c&&f.push({key:`participants`,label:n.toolkit.tabs.participants,panel:()=>K(ga,{id:e,owner:t.name,editable:l,onChanged:u})}),K(`section`,{class:`section toolkit`,"aria-labelledby":`toolkit-h`,children:[K(`h2`,{id:`toolkit-h`,children:n.toolkit.heading}),K(oa,{id:`toolkit`,label:n.toolkit.tabsLabel,tabs:f})]})}function da({toolkit:e}){let t=V(),n=e.assetSummary,r=e=>In.indexOf(e.category),i=[...n.categories].sort((e,t)=>r(e)-r(t));return K(b,{children:[K(`h3`,{children:t.toolkit.summaryHeading}),K(`p`,{class:`hint`,children:t.toolkit.summaryIntro}),K(`dl`,{class:`summary-list toolkit-counts`,children:[K(`div`,{children:[K(`dt`,{children:t.toolkit.participantCount}),K(`dd`,{class:`participant-count`,children:sa(t,n.participants)})]}),K(`div`,{children:[K(`dt`,{children:t.toolkit.assetCount}),K(`dd`,{children:H(n.assets)})]})]}),i.length===0?K(`p`,{class:`empty`,children:t.toolkit.noCategories}):K(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":`asset-summary-caption`,tabIndex:0,children:K(`table`,{class:`data-table asset-summary`,children:[K(`caption`,{id:`asset-summary-caption`,children:t.toolkit.summaryCaption}),K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,children:t.toolkit.category}),K(`th`,{scope:`col`,class:`num`,children:t.toolkit.offers}),K(`th`,{scope:`col`,class:`num`,children:t.toolkit.needs}),K(`th`,{scope:`col`,class:`num`,children:t.toolkit.matches})]})}),K(`tbody`,{children:i.map(e=>K(`tr`,{"data-category":e.category,children:[K(`th`,{scope:`row`,children:t.labels.contribution[e.category]}),K(`td`,{class:`num count-offers`,children:sa(t,e.offers)}),K(`td`,{class:`num count-needs`,children:sa(t,e.needs)}),K(`td`,{class:`num count-matches`,children:sa(t,e.matches)})]},e.category))})]})}),K(`h3`,{children:t.toolkit.assetsHeading}),e.assets.length===0?K(`p`,{class:`empty`,children:t.toolkit.noAssets}):K(`ul`,{class:`card-list asset-list`,children:e.assets.map(e=>K(`li`,{class:`card asset`,children:[K(`p`,{class:`card-badges`,children:[K(`span`,{class:`badge`,children:t.labels.assetKind[e.kind]}),` `,K(`span`,{class:`badge`,children:t.labels.visibilityShort[e.visibility]})]}),K(`p`,{class:`asset-description`,children:e.description}),(e.location??e.contactRoute)&&K(`dl`,{class:`summary-list`,children:[e.location&&K(`div`,{children:[K(`dt`,{children:t.toolkit.assetLocation}),K(`dd`,{children:e.location})]}),e.contactRoute&&K(`div`,{children:[K(`dt`,{children:t.toolkit.assetContact}),K(`dd`,{children:e.contactRoute})]})]})]},e.id))})]})}function fa({toolkit:e,editable:t,onChanged:n}){let r=V();return K(b,{children:[K(`h3`,{children:r.toolkit.incentivesHeading}),K(`p`,{class:`hint`,children:r.toolkit.incentivesIntro}),e.incentives.length===0?K(`p`,{class:`empty`,children:r.toolkit.noIncentives}):K(`ul`,{class:`card-list incentive-list`,children:e.incentives.map(e=>K(`li`,{class:`card incentive`,children:[K(`h4`,{class:`incentive-title`,children:e.title}),e.example&&K(`p`,{children:e.example}),K(`p`,{class:`incentive-source`,children:e.template?r.toolkit.fromTemplate(e.template.publisher.name,e.template.title):r.toolkit.ownIncentive}),K(`dl`,{class:`summary-list`,children:[K(`div`,{children:[K(`dt`,{children:r.toolkit.targetGroup}),K(`dd`,{class:`incentive-target`,children:r.labels.targetGroup[e.targetGroup]})]}),K(`div`,{children:[K(`dt`,{children:r.toolkit.incentiveKind}),K(`dd`,{children:r.labels.incentiveKind[e.kind]})]}),K(`div`,{children:[K(`dt`,{children:r.toolkit.cost}),K(`dd`,{children:e.cost==null?r.toolkit.noCost:qt(e.cost,e.currency,!Number.isInteger(e.cost))})]}),K(`div`,{children:[K(`dt`,{children:r.toolkit.totalUptake}),K(`dd`,{class:`incentive-uptake`,children:ca(r,e.totalUptake)})]})]}),K(`h5`,{children:r.toolkit.uptakeHeading}),e.uptake.length===0?K(`p`,{class:`empty`,children:r.toolkit.noUptake}):K(`ul`,{class:`plain-list`,children:e.uptake.map((e,t)=>K(`li`,{children:[r.toolkit.period(U(e.from),U(e.to)),`: `,ca(r,e.people)]},t))}),t&&K(Qi,{incentiveId:e.id,onRecorded:n})]},e.id))}),t&&K(Xi,{initiativeId:e.id,copied:e.incentives.flatMap(e=>e.template?[e.template.id]:[]),onCopied:n})]})}function pa({toolkit:e}){let t=V();return K(b,{children:[K(`h3`,{children:t.toolkit.charterHeading}),e.charters.length===0?K(`p`,{class:`empty`,children:t.toolkit.noCharters}):K(`ul`,{class:`card-list charter-sources`,children:e.charters.map(e=>K(`li`,{class:`card charter-source`,children:[K(`h4`,{lang:e.servedLanguage,children:e.title}),e.template?K(b,{children:[K(`p`,{class:`adapted-from`,children:t.toolkit.adaptedFrom(e.template.title)}),K(`p`,{class:`hint`,children:t.toolkit.templateBy(e.template.publisher.name)}),K(`h5`,{children:t.toolkit.differencesHeading}),e.templateDifferences.length===0?K(`p`,{class:`empty`,children:t.toolkit.noDifferences}):K(`ul`,{class:`template-differences`,children:e.templateDifferences.map((e,n)=>K(`li`,{class:`difference difference-${e.change.toLowerCase()}`,children:[K(`strong`,{children:[t.labels.templateChange[e.change],` `,t.labels.charterPart[e.part],`:`]}),` `,e.text]},n))})]}):K(`p`,{children:t.toolkit.ownCharter})]},e.id))})]})}function ma({id:e,toolkit:t,editable:n,onChanged:r}){let i=V(),a=t.businessCase;return K(b,{children:[K(`h3`,{children:i.toolkit.businessCaseHeading}),a?K(b,{children:[K(`p`,{class:`hint`,children:i.businessCase.basis(sn(a.discountRate),a.currency)}),K(cn,{id:`bc-tab`,businessCase:a}),K(`p`,{children:K(`a`,{href:q.businessCase(e),class:`printable-link`,children:i.toolkit.printable})})]}):K(`p`,{class:`empty`,children:i.toolkit.noBusinessCase}),n&&K(Yi,{initiativeId:e,current:a,onSaved:r})]})}function ha({id:e,owner:t}){let n=V(),r=W(bt,{initiativeId:e}),i=r.data?.matches;return K(b,{children:[K(`h3`,{children:n.toolkit.matchesHeading}),K(`p`,{class:`hint`,children:[n.toolkit.matchesIntro,` `,n.toolkit.ownerOnly(t)]}),r.error?K(xn,{error:r.error,onRetry:r.reload}):i?i.length===0?K(`p`,{class:`empty`,children:n.toolkit.noMatches}):K(`ol`,{class:`card-list offer-matches`,children:i.map((e,t)=>K(`li`,{class:`card offer-match`,"data-category":e.category,children:[K(`h4`,{class:`offer-match-title`,children:[K(`span`,{class:`offer-match-category`,children:n.labels.contribution[e.category]}),` `,K(`span`,{class:`badge`,children:n.toolkit.fit(Math.round(e.score*100))})]}),K(`dl`,{class:`summary-list`,children:[K(`div`,{children:[K(`dt`,{children:n.toolkit.offer}),K(`dd`,{children:e.offer.description})]}),K(`div`,{children:[K(`dt`,{children:n.toolkit.offeredBy}),K(`dd`,{class:`participant-ref`,children:e.offeredBy.reference})]}),K(`div`,{children:[K(`dt`,{children:n.toolkit.need}),K(`dd`,{children:e.need.description})]}),K(`div`,{children:[K(`dt`,{children:n.toolkit.neededBy}),K(`dd`,{class:`participant-ref`,children:e.neededBy.reference})]}),K(`div`,{children:[K(`dt`,{children:n.toolkit.sharedAvailability}),K(`dd`,{children:e.sharedAvailability.length===0?n.toolkit.noSharedAvailability:la(n,e.sharedAvailability)})]})]})]},`${e.offeredBy.id}-${e.neededBy.id}-${t}`))}):K(J,{})]})}function ga({id:e,owner:t,editable:n,onChanged:r}){let i=V(),a=W(yt,{id:e}),o=a.data?.node,s=o?.__typename===`Initiative`?o.participants:null,[c,l]=N(null),u=()=>{a.reload(),r()};return K(b,{children:[K(`h3`,{children:i.toolkit.participantsHeading}),K(`p`,{class:`hint`,children:[i.toolkit.participantsIntro,` `,i.toolkit.ownerOnly(t)]}),K(`div`,{"aria-live":`polite`,class:`live`,children:c&&K(`div`,{class:`notice notice-success participant-withdrawn`,children:K(`p`,{children:i.toolkitEdit.withdrawnNow(c)})})}),a.error?K(xn,{error:a.error,onRetry:a.reload}):s?s.length===0?K(`p`,{class:`empty`,children:i.toolkit.noParticipants}):K(`ul`,{class:`card-list participants`,children:s.map(e=>K(_a,{participant:e,editable:n,onWithdrawn:e=>{l(e),u()}},e.id))}):a.loading?K(J,{}):null,n&&K(ia,{initiativeId:e,onAdded:()=>{l(null),u()}})]})}function _a({participant:e,editable:t,onWithdrawn:n}){let r=V(),[i,a]=N(null),o=F(null),s=e.withdrawnAt??i,c=(e,t)=>K(b,{children:[K(`h5`,{children:e}),t.length===0?K(`p`,{class:`empty`,children:r.toolkit.nothing}):K(`ul`,{class:`plain-list`,children:t.map((e,t)=>K(`li`,{children:[K(`strong`,{children:[r.labels.contribution[e.category],`:`]}),` `,e.description,e.availability.length>0&&K(`span`,{class:`hint`,children:[` (`,la(r,e.availability),`)`]})]},t))})]});return K(`li`,{class:`card participant`,children:[K(`h4`,{class:`participant-ref`,tabIndex:-1,ref:o,children:e.reference}),K(`dl`,{class:`summary-list`,children:[K(`div`,{children:[K(`dt`,{children:r.toolkit.consentedOn}),K(`dd`,{children:U(e.consentedOn)})]}),K(`div`,{children:[K(`dt`,{children:r.toolkit.willingness}),K(`dd`,{children:r.labels.willingness[e.willingness]})]})]}),s?K(`p`,{class:`withdrawn`,children:r.toolkit.withdrawn(U(s))}):K(b,{children:[c(r.toolkit.offersHeading,e.offers),c(r.toolkit.needsHeading,e.needs),t&&K(aa,{participant:e,onWithdrawn:t=>{a(t),o.current?.focus(),n(e.reference)}})]})]})}function va({id:e}){let t=W(_t,{id:e,lang:B()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return K(wn,{query:t,record:n?.__typename===`Initiative`?n:null,title:e=>e.title,children:e=>K(ya,{initiative:e})})}function ya({initiative:e}){let t=V();return K(`article`,{class:`initiative`,children:[K(`p`,{class:`breadcrumb`,children:K(`a`,{href:q.home,children:t.common.backToExplorer})}),K(`header`,{class:`page-header`,children:[K(`p`,{class:`eyebrow`,children:t.initiative.heading}),K(`h1`,{lang:e.servedLanguage,children:e.title}),K(`p`,{class:`lead`,lang:e.servedLanguage,children:e.summary})]}),K(mr,{served:e.servedLanguage,translations:e.translations}),K(`div`,{class:`two-col`,children:[K(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[K(`h2`,{id:`about-h`,children:t.initiative.about}),K(`dl`,{class:`summary-list council-details`,children:[K(jr,{owner:e.owner}),K(`div`,{children:[K(`dt`,{children:t.common.step}),K(`dd`,{children:K(Wn,{step:e.starStep})})]}),K(`div`,{children:[K(`dt`,{children:t.common.coTypes}),K(`dd`,{children:K(Un,{coTypes:e.coTypes})})]}),K(`div`,{children:[K(`dt`,{children:t.common.serviceArea}),K(`dd`,{children:t.labels.area[e.serviceArea]})]}),K(`div`,{children:[K(`dt`,{children:t.common.visibility}),K(`dd`,{children:t.labels.visibilityShort[e.visibility]})]}),K(`div`,{children:[K(`dt`,{children:t.common.updated}),K(`dd`,{children:U(e.updatedAt)})]}),K(hr,{translations:e.translations}),K(Mr,{tags:e.tags})]})]}),K(`section`,{class:`section`,"aria-labelledby":`appraisal-h`,children:[K(`h2`,{id:`appraisal-h`,children:t.initiative.appraisal}),K(wr,{initiative:e})]})]}),K(ua,{id:e.id,owner:e.owner}),K(lr,{initiative:e}),K(vr,{initiative:e}),K(Sr,{initiative:e}),K(`section`,{class:`section`,"aria-labelledby":`cases-h`,children:[K(`h2`,{id:`cases-h`,children:t.initiative.caseStudiesHeading}),e.caseStudies.nodes.length===0?K(`p`,{class:`empty`,children:t.initiative.noCaseStudies}):K(di,{items:e.caseStudies.nodes})]}),K(Cr,{initiative:e})]})}var ba=1e3,xa=[`OPEN`,`RESOLVED`];function Sa(){let e=V();rn(e.reports.title);let{viewer:t,loading:n}=$t();return n?K(J,{}):K(`div`,{class:`reports-page`,children:[K(`h1`,{children:e.reports.title}),t?nn(t)?K(Ca,{}):K(`p`,{children:e.reports.notAllowed}):K(`p`,{children:K(`a`,{href:q.signIn(q.reports),children:e.reports.needSignIn})})]})}function Ca(){let e=V(),t=B(),[n,r]=N(`OPEN`),[i,a]=N(0),o=F(null),s=W(et,{status:n,first:50,lang:t},{keepPrevious:!0}),c=s.data?.contentReports.nodes??[];return P(()=>{i>0&&o.current?.focus()},[i]),K(b,{children:[K(`p`,{class:`lead`,children:e.reports.intro}),K(`fieldset`,{class:`field`,children:[K(`legend`,{class:`label`,children:e.reports.show}),K(`div`,{class:`radios`,children:xa.map(t=>K(`div`,{class:`radio`,children:[K(`input`,{type:`radio`,id:`report-status-${t}`,name:`report-status`,checked:n===t,onChange:()=>{r(t),a(0)}}),K(`label`,{for:`report-status-${t}`,children:t===`OPEN`?e.reports.showOpen:e.reports.showResolved})]},t))})]}),K(`div`,{"aria-live":`polite`,class:`live`,children:i>0&&K(`div`,{class:`notice notice-success report-resolved`,tabIndex:-1,ref:o,children:K(`p`,{children:e.reports.resolvedNow})})}),s.error?K(xn,{error:s.error,onRetry:s.reload}):s.data?K(`div`,{class:s.loading?`is-stale`:``,"aria-busy":s.loading,children:[K(`p`,{class:`reports-count`,children:e.reports.count(s.data.contentReports.totalCount)}),c.length===0?K(`p`,{class:`empty`,children:n===`OPEN`?e.reports.noneOpen:e.reports.noneResolved}):K(`ol`,{class:`report-list`,children:c.map((e,t)=>K(wa,{report:e,index:t,onResolved:()=>{a(e=>e+1),s.reload()}},e.id))})]}):K(J,{})]})}function wa({report:e,index:t,onResolved:n}){let r=V(),i=e.caseStudy,a=(e,t,n)=>K(`div`,{children:[K(`dt`,{children:e}),K(`dd`,{class:n,children:t})]});return K(`li`,{class:`report-item`,children:K(`article`,{"aria-labelledby":`report-${t}-h`,children:[K(`h2`,{id:`report-${t}-h`,class:`report-title`,children:i?K(`a`,{href:q.caseStudy(i.id),lang:i.servedLanguage,children:i.title}):r.reports.unknownCaseStudy}),K(`dl`,{class:`summary-list`,children:[i&&a(r.reports.council,i.owner.name),a(r.reports.reason,r.labels.reportReason[e.reason],`report-reason`),e.details&&a(r.reports.details,e.details,`report-details`),a(r.reports.reporter,e.reporter.name,`report-reporter`),a(r.reports.reported,U(e.createdAt)),e.outcome&&a(r.reports.outcome,e.outcome,`report-outcome`),e.resolvedBy&&a(r.reports.resolvedBy,e.resolvedBy.name),e.resolvedAt&&a(r.reports.resolved,U(e.resolvedAt))]}),e.status===`OPEN`&&K(Ta,{id:e.id,fieldId:`outcome-${t}`,onResolved:n})]})})}function Ta({id:e,fieldId:t,onResolved:n}){let r=V(),[i,a]=N(``),[o,s]=N(!1),[c,l]=N(null),[u,d]=N(!1),f=u?r.reports.outcomeEmpty:c?.errors.find(e=>e.field===`outcome`)?.message??null,p=async r=>{r.preventDefault();let a=i.trim();if(d(!a),l(null),!a)document.getElementById(t)?.focus();else{s(!0);try{await R(tt,{id:e,outcome:a}),n()}catch(e){if(e instanceof L)l(e);else throw e}finally{s(!1)}}};return K(`form`,{class:`form resolve-form`,noValidate:!0,onSubmit:e=>void p(e),children:[c&&!f&&K(`p`,{class:`error-text`,role:`alert`,children:G(c)}),K(Q,{id:t,label:r.reports.outcome,hint:r.reports.outcomeHint,error:f,children:K(`textarea`,{id:t,class:`textarea`,rows:2,maxLength:ba,value:i,"aria-required":`true`,"aria-invalid":f?!0:void 0,"aria-describedby":Z(t,r.reports.outcomeHint,f),onInput:e=>a(e.currentTarget.value)})}),K(`button`,{type:`submit`,class:`button`,disabled:o,children:o?r.reports.resolving:r.reports.resolve})]})}var Ea=[`VIEWER`,`EDITOR`,`ADMIN`,`CURATOR`];function Da(e){let t=new URLSearchParams(e).get(`next`);if(!t)return`/`;try{let e=new URL(t,window.location.origin);return e.origin===window.location.origin?e.pathname+e.search:`/`}catch{return`/`}}async function Oa(){try{let e=await fetch(`/dev/token`,{headers:{Accept:`application/json`}});return e.ok?(await e.json()).available===!0:!1}catch{return!1}}function ka({search:e}){let t=V();rn(t.signIn.title);let{viewer:n}=$t(),[r,i]=N(!1),[a,o]=N(``),[s,c]=N(null),[l,u]=N(null),[d,f]=N(``),[p,m]=N(`EDITOR`),[h,g]=N(null),_=W(ot,{},{skip:!r});P(()=>{let e=!0;return Oa().then(t=>{e&&i(t)}),()=>{e=!1}},[]);let v=_.data?.organisations.nodes??[];P(()=>{let e=v[0];!d&&e&&f(e.slug)},[v,d]);let y=async n=>{try{return(await R(at,{},{token:n})).viewer?(Ke(n),hn(Da(e)),null):t.signIn.tokenRefused}catch(e){if(e instanceof L)return e.has(`UNAUTHENTICATED`)?t.signIn.tokenRefused:G(e);throw e}},b=async e=>{e.preventDefault();let n=a.trim().replace(/^Bearer\s+/i,``);n?(u(`token`),c(await y(n)),u(null)):c(t.signIn.tokenEmpty)},x=async e=>{e.preventDefault(),u(`dev`),g(null);try{let e=await fetch(`/dev/token`,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({organisation:d,role:p})}),n=await Nt(e);if(e.ok&&typeof n==`object`&&n&&`token`in n&&typeof n.token==`string`)g(await y(n.token));else{let r=Mt(n);g(r.length>0?G(new L(r,e.status)):t.signIn.devFailed)}}catch{g(t.signIn.devFailed)}u(null)};return K(`div`,{class:`sign-in`,children:[K(`h1`,{children:t.signIn.title}),K(`p`,{class:`lead`,children:t.signIn.intro}),n&&K(Sn,{kind:`info`,children:[K(`p`,{children:t.signIn.signedIn(n.organisation.name,n.roles.map(e=>t.labels.role[e]).join(`, `))}),K(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>Ke(null),children:t.app.signOut})]}),r&&K(`section`,{class:`section panel`,"aria-labelledby":`dev-h`,children:[K(`h2`,{id:`dev-h`,children:t.signIn.devHeading}),K(`p`,{children:t.signIn.devIntro}),K(`form`,{class:`form`,onSubmit:e=>void x(e),noValidate:!0,children:[h&&K(`p`,{class:`error-text`,role:`alert`,children:h}),K(Q,{id:`dev-org`,label:t.signIn.organisation,children:K(`select`,{id:`dev-org`,class:`select`,value:d,onChange:e=>f(e.currentTarget.value),children:v.map(e=>K(`option`,{value:e.slug,children:e.name},e.slug))})}),K(`fieldset`,{class:`field`,children:[K(`legend`,{class:`label`,children:t.signIn.role}),K(`div`,{class:`radios`,children:Ea.map(e=>K(`div`,{class:`radio`,children:[K(`input`,{type:`radio`,id:`dev-role-${e}`,name:`dev-role`,checked:p===e,"aria-describedby":e===`CURATOR`?`dev-role-CURATOR-hint`:void 0,onChange:()=>m(e)}),K(`div`,{children:[K(`label`,{for:`dev-role-${e}`,children:t.labels.role[e]}),e===`CURATOR`&&K(`p`,{class:`hint radio-hint`,id:`dev-role-CURATOR-hint`,children:t.signIn.curatorHint})]})]},e))})]}),K(`button`,{type:`submit`,class:`button`,disabled:l!=null||!d,children:l===`dev`?t.signIn.checking:t.signIn.devSubmit})]})]}),K(`section`,{class:`section`,"aria-labelledby":`token-h`,children:[K(`h2`,{id:`token-h`,children:t.signIn.tokenHeading}),K(`form`,{class:`form`,onSubmit:e=>void b(e),noValidate:!0,children:[K(Q,{id:`token`,label:t.signIn.tokenLabel,hint:t.signIn.tokenHint,error:s,children:K(`textarea`,{id:`token`,class:`textarea textarea-token`,rows:4,spellcheck:!1,autocomplete:`off`,value:a,"aria-invalid":s?!0:void 0,"aria-describedby":Z(`token`,t.signIn.tokenHint,s),onInput:e=>o(e.currentTarget.value)})}),K(`button`,{type:`submit`,class:`button`,disabled:l!=null,children:l===`token`?t.signIn.checking:t.signIn.tokenSubmit})]})]})]})}var Aa=e=>H(e,{minimumFractionDigits:1,maximumFractionDigits:1});function ja(){let e=V();rn(e.toolkitPage.title);let{viewer:t,loading:n}=$t(),r=W(St,{withRuns:t!=null},{partial:!0,skip:n}),i=r.data?.barrierSurveys.nodes,a=r.data?.charterTemplates.nodes,o=r.error&&!r.data?r.error:null;return K(`div`,{class:`toolkit-page`,children:[K(`h1`,{children:e.toolkitPage.title}),K(`p`,{class:`lead`,children:e.toolkitPage.intro}),t&&K(Fa,{viewer:t}),o?K(xn,{error:o,onRetry:r.reload}):r.data?K(b,{children:[K(`section`,{class:`section`,"aria-labelledby":`surveys-h`,children:[K(`h2`,{id:`surveys-h`,children:e.toolkitPage.surveysHeading}),K(`p`,{class:`hint`,children:e.toolkitPage.scoreHint}),!i||i.length===0?K(`p`,{class:`empty`,children:e.toolkitPage.noSurveys}):i.map(e=>K(Ma,{survey:e,signedIn:t!=null},e.id))]}),K(`section`,{class:`section`,"aria-labelledby":`templates-h`,children:[K(`h2`,{id:`templates-h`,children:e.toolkitPage.templatesHeading}),K(`p`,{class:`hint`,children:e.toolkitPage.templatesIntro}),!a||a.length===0?K(`p`,{class:`empty`,children:e.toolkitPage.noTemplates}):K(`ul`,{class:`card-list charter-templates`,children:a.map(e=>K(Pa,{template:e},e.id))})]})]}):K(J,{})]})}function Ma({survey:e,signedIn:t}){let n=V(),r=`survey-${e.id}-h`;return K(`article`,{class:`survey`,"aria-labelledby":r,children:[K(`h3`,{id:r,class:`survey-title`,children:e.title}),K(`p`,{class:`survey-meta`,children:[n.toolkitPage.published(e.publisher.name,U(e.publishedAt),e.version),` `,n.toolkitPage.barriersCount(e.barriers.length)]}),K(`div`,{class:`barrier-groups`,children:Vn.map(t=>{let r=e.barriers.filter(e=>e.group===t);return r.length===0?null:K(`div`,{class:`barrier-group`,children:[K(`h4`,{children:n.labels.barrierGroup[t]}),K(`ul`,{class:`plain-list`,children:r.map(e=>K(`li`,{children:e.text},e.key))})]},t)})}),K(`h4`,{children:n.toolkitPage.runsHeading}),t?!e.runs||e.runs.length===0?K(`p`,{class:`empty`,children:n.toolkitPage.noRuns}):e.runs.map(e=>K(Na,{run:e},e.id)):K(`p`,{children:K(`a`,{href:q.signIn(q.toolkit),children:n.toolkitPage.signInForRuns})})]})}function Na({run:e}){let t=V(),n=t.toolkitPage,r=t.labels.area[e.service],i=`run-${e.id}-caption`;return K(`div`,{class:`survey-run`,children:[K(`h5`,{children:n.run(r,U(e.opensOn),U(e.closesOn))}),K(`p`,{children:n.responses(e.responses)}),K(`div`,{class:`table-scroll`,role:`region`,"aria-labelledby":i,tabIndex:0,children:K(`table`,{class:`data-table survey-results`,children:[K(`caption`,{id:i,children:n.resultsCaption(r)}),K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,children:n.barrier}),K(`th`,{scope:`col`,class:`num`,children:n.answers}),K(`th`,{scope:`col`,class:`num`,children:n.meanScore}),K(`th`,{scope:`col`,class:`num`,children:n.share}),K(`th`,{scope:`col`,children:n.benchmark})]})}),Vn.map(r=>{let i=e.results.filter(e=>e.barrier.group===r);return i.length===0?null:K(`tbody`,{children:[K(`tr`,{class:`group-row`,children:K(`th`,{scope:`rowgroup`,colSpan:5,children:t.labels.barrierGroup[r]})}),i.map(e=>K(`tr`,{children:[K(`th`,{scope:`row`,children:e.barrier.text}),K(`td`,{class:`num`,children:H(e.responses)}),K(`td`,{class:`num`,children:e.meanScore==null?t.common.notKnown:Aa(e.meanScore)}),K(`td`,{class:`num`,children:e.shareReportingBarrier==null?t.common.notKnown:Jt(e.shareReportingBarrier)}),K(`td`,{class:`benchmark`,children:e.benchmark?n.benchmarkFigures(Aa(e.benchmark.meanScore),Jt(e.benchmark.shareReportingBarrier),e.benchmark.councils):n.noBenchmark})]},e.barrier.key))]},r)})]})})]})}function Pa({template:e}){let t=V();return K(`li`,{class:`card charter-template`,children:[K(`h3`,{class:`charter-template-title`,lang:e.language,children:e.title}),K(`p`,{children:t.toolkitPage.templateMeta(e.publisher.name,t.labels.languageName(e.language))}),K(`p`,{class:`hint`,children:t.toolkitPage.templateSize(e.commitments.length,e.risks.length)})]})}function Fa({viewer:e}){let t=V(),n=t.toolkitPage,r=B(),[i,a]=N(`NPV`),o=W(kt,{by:i,lang:r},{keepPrevious:!0}),s=o.data?.rankedOptions;return K(`section`,{class:`section ranked-options`,"aria-labelledby":`ranked-h`,children:[K(`h2`,{id:`ranked-h`,children:n.rankedHeading}),K(`p`,{class:`hint`,children:n.rankedIntro(e.organisation.name)}),K(`div`,{class:`field`,children:[K(`label`,{for:`rank-by`,class:`label`,children:n.rankBy}),K(`select`,{id:`rank-by`,class:`select`,value:i,onChange:e=>{let t=e.currentTarget.value;X(Bn,t)&&a(t)},children:Bn.map(e=>K(`option`,{value:e,children:t.labels.optionRanking[e]},e))})]}),o.error?K(xn,{error:o.error,onRetry:o.reload}):s?s.length===0?K(`p`,{class:`empty`,children:n.noOptions}):K(`div`,{class:`table-scroll${o.loading?` is-stale`:``}`,role:`region`,"aria-labelledby":`ranked-caption`,"aria-busy":o.loading?`true`:`false`,tabIndex:0,children:K(`table`,{class:`data-table ranked-table`,children:[K(`caption`,{id:`ranked-caption`,children:n.rankedCaption(t.labels.optionRanking[i])}),K(`thead`,{children:K(`tr`,{children:[K(`th`,{scope:`col`,class:`num`,children:n.rank}),K(`th`,{scope:`col`,children:n.initiative}),K(`th`,{scope:`col`,class:`num`,children:n.npv}),K(`th`,{scope:`col`,class:`num`,children:n.bcr}),K(`th`,{scope:`col`,children:n.quadrant})]})}),K(`tbody`,{children:s.map(({rank:e,initiative:r})=>{let i=r.businessCase?r.businessCase.benefitCostRatio:r.appraisal.benefitCostRatio;return K(`tr`,{class:`ranked-option`,children:[K(`td`,{class:`num ranked-rank`,children:H(e)}),K(`th`,{scope:`row`,children:K(`a`,{href:q.initiative(r.id),lang:r.servedLanguage,children:r.title})}),K(`td`,{class:`num ranked-npv`,children:r.businessCase?qt(r.businessCase.npv,r.businessCase.currency):n.noBusinessCase}),K(`td`,{class:`num ranked-bcr`,children:i==null?t.common.notKnown:H(i,{maximumFractionDigits:2})}),K(`td`,{children:r.appraisal.quadrant?t.labels.quadrant[r.appraisal.quadrant]:n.notAppraised})]},r.id)})})]})}):K(J,{})]})}function Ia({route:e,location:t}){switch(e.name){case`home`:return K(Pi,{search:t.search});case`caseStudy`:return K(Lr,{id:e.id});case`caseStudyNew`:return K(ni,{id:null});case`caseStudyEdit`:return K(ni,{id:e.id});case`initiative`:return K(va,{id:e.id});case`businessCase`:return K(Tn,{id:e.id});case`toolkit`:return K(ja,{});case`signIn`:return K(ka,{search:t.search});case`reports`:return K(Sa,{});case`notFound`:return K(bn,{})}}function La(){return K(`svg`,{class:`brand-mark`,viewBox:`0 0 24 24`,width:`28`,height:`28`,"aria-hidden":`true`,focusable:`false`,children:K(`path`,{d:`M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.6 5.7 21.5l1.7-7.3L2 9.5l7.1-.6z`})})}function Ra(){let e=V(),t=gn(),n=Xt(),r=W(at,{},{skip:!n}),i=n?r.data?.viewer??null:null,a={viewer:i,loading:n!=null&&r.loading&&!r.data},o=yn(t.path),s=F(null);P(()=>{mn()&&s.current?.focus()},[t]);let c=e=>o.name===e?`page`:void 0;return K(Qt.Provider,{value:a,children:[K(`a`,{class:`skip-link`,href:`#main`,children:e.app.skipLink}),K(`header`,{class:`site-header`,children:K(`div`,{class:`wrap header-row`,children:[K(`a`,{class:`brand`,href:q.home,children:[K(La,{}),K(`span`,{children:e.app.name})]}),K(`nav`,{class:`site-nav`,"aria-label":e.app.mainNav,children:K(`ul`,{children:[K(`li`,{children:K(`a`,{href:q.home,"aria-current":c(`home`),children:e.app.explore})}),K(`li`,{children:K(`a`,{href:q.toolkit,"aria-current":c(`toolkit`),children:e.app.toolkit})}),en(i)&&K(`li`,{children:K(`a`,{href:q.caseStudyNew,"aria-current":c(`caseStudyNew`),children:e.app.newCaseStudy})}),nn(i)&&K(`li`,{children:K(`a`,{href:q.reports,"aria-current":c(`reports`),children:e.app.reports})}),!i&&K(`li`,{children:K(`a`,{href:q.signIn(),"aria-current":c(`signIn`),children:e.app.signIn})})]})}),K(`div`,{class:`account`,children:[i&&K(`p`,{class:`viewer`,children:[K(`span`,{class:`visually-hidden`,children:[e.app.signedInAs,` `]}),K(`span`,{class:`viewer-org`,children:i.organisation.name}),` `,K(`span`,{class:`viewer-role`,children:[`(`,i.roles.map(t=>e.labels.role[t]).join(`, `),`)`]})]}),i&&K(`button`,{type:`button`,class:`link-button`,onClick:()=>Ke(null),children:e.app.signOut}),K(`button`,{type:`button`,class:`link-button lang-switch`,lang:Ut()===`en`?`cy`:`en`,onClick:()=>Gt(Ut()===`en`?`cy`:`en`),children:e.app.switchLanguage})]})]})}),K(`main`,{id:`main`,class:`wrap`,tabIndex:-1,ref:s,children:[We()&&!n&&o.name!==`signIn`&&K(`div`,{class:`notice notice-warning`,role:`status`,children:K(`a`,{href:q.signIn(t.path+t.search),children:e.signIn.expired})}),K(Ia,{route:o,location:t},t.path)]}),K(`footer`,{class:`site-footer`,children:K(`div`,{class:`wrap`,children:K(`p`,{children:e.app.footer})})})]})}document.documentElement.lang=Ut(),_n();var za=document.getElementById(`app`);za&&de(K(Ra,{}),za);