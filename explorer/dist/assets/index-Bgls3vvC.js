var e,t,n,r,i,a,o,s,c,l,u,d=Symbol.for(`pv`),f={},p=[],m=/^m(i|n|o|s|text|space)$/,h=Array.isArray,g=p.slice,_=Object.assign;function v(e){e&&e.parentNode&&e.remove()}function y(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:d,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function b(e){return e.children}function x(e,t){this.props=e,this.context=t,this.__g=0}function S(e,t){if(t==null)return e.__&&S(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:S(e)}function C(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=_({constructor:d},r)).__v=r.__v+1,e.vnode&&e.vnode(n),A(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||S(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,oe(a,n,o),r.__=r.__e=null,n.__e!=i&&w(n))}function w(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),w(e)}function T(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(E)}function E(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&C(e)}finally{(i=n.length)&&(r||queueMicrotask)(E)}}function ee(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,_,v,y=r.__k||p,b=t.length;for(c=D(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=~h.__i&&y[h.__i]||f,h.__i=d,v=A(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&j(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=O(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function D(e,t,n,r,i){var a,o,s,c,l,u,f,p,m,g=n.length,_=g,v=0,x=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=y(null,o):h(o)?o=C[a]=y(b,{children:o}):o.constructor===d&&o.__b?o=C[a]=y(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+v,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=k(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?v--:l==c+1?v++:l!=c&&(l>c?v--:v++,x=1)):(~l||(i>g?v--:i<g&&v++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(x){for(u=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(v=0,p=u.length;v<p;)u[m=v+p>>1]<o.__i?v=m+1:p=m;u[v]=o.__i,f[a]=v+1}for(v=u.length;a--;)f[a]&&(f[a]==v?v--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=S(s)),ce(s,s));return r}function O(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=O(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=S(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function k(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function te(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function ne(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||te(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||te(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=re(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function re(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function A(t,n,r,i,a,o,s,c,l,u){var f,m,g,y,C,w,T,E,D,O,k,te,ne,re,A,oe,j,M,N=n.type;if(n.constructor!==d)return null;128&r.__u&&(l=32&r.__u,f=r.__c.__z)&&(n.__u|=l,m=o=[],f.nodeType==8?c=ie(f,o):o.push(f),c=o[0]||c),(f=e.__b)&&f(n);e:if(typeof N==`function`){g=s.length;try{if(E=n.props,D=(f=N.prototype)&&f.render,O=(f=N.contextType)&&i[f.__c],k=f?O?O.props.value:f.__:i,(y=r.__c)?(n.__c=y,2&y.__g&&(y.__g|=1)):(D?n.__c=y=new N(E,k):(n.__c=y=new x(E,k),y.constructor=N,y.render=le),O&&O.sub(y),y.state||(y.state={}),y.__n=i,y.__g|=8,y.__h=[],y.__k=[]),D&&(y.__s||(y.__s=y.state),N.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=_({},y.__s)),_(y.__s,N.getDerivedStateFromProps(E,y.__s)))),C=y.props,w=y.state,y.__v=n,r.__c){if(E!==C&&D&&!N.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,k),n.__v==r.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&!1===y.shouldComponentUpdate(E,y.__s,k)){n.__v!=r.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),p.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&s.push(y),c=S(r);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,k),D&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(C,w,T)})}else D&&!N.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),D&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=k,y.props=E,y.__P=t,y.__g&=-5,te=e.__r,ne=D?25:0;do y.__g&=-9,te&&te(n),f=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++ne<25);D&&(p.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(i=_({},i,y.getChildContext())),D&&r.__c&&y.getSnapshotBeforeUpdate&&(T=y.getSnapshotBeforeUpdate(C,w)),re=f&&f.type===b&&f.key==null?f.props.children:f,E.__P&&(f=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&ce(e,e)}),r.__k=null),c=r.__k?S(r,0):null),c=ee(t,h(re)?re:[re],n,r,i,a,o,s,c,l,u),E.__P&&(n.__e=null,c=f),n.__u&=-161,m&&m.some(v),y.__h.length&&s.push(y),1&y.__g&&(y.__g&=-4)}catch(t){if(s.length=g,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(j=o.indexOf(c||void 0))||(j=o.length);(M=o[j-1])&&M.nodeType==8;)j--;for(;j<o.length;j++)if(M=o[j]){if(o[j]=null,A){if(M==oe)break}else{if(M.nodeType!=8)break;M.data.startsWith(`$s`)&&(oe=ie(A=M))}}}if(!A){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;A=c}(f=ie(A=n.__c.__z||(n.__c.__z=A)))?(n.__e=A,c=f):n.__e=c,c&&=c.nextSibling}else o&&o.some(v)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||ae(n),e.__e(t,n,r)}}else c=n.__e=se(r.__e,n,r,i,a,o,s,l,u,t);return(f=e.diffed)&&f(n),c}function ie(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function ae(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ae))}function oe(t,n,r){for(var i=0;i<r.length;)j(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function se(t,n,r,i,a,o,s,c,l,u){var d,p,_,y,b,x,C,w,T=r.props||f,E=n.props,D=n.type;if(D==`svg`?a=`http://www.w3.org/2000/svg`:D==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(d=0;d<o.length;d++)if((b=o[d])&&(D?b.localName==D:b.nodeType==3)){t=b,o[d]=null;break}}if(!t){if(w=u.ownerDocument||document,!D)return w.createTextNode(E);t=w.createElementNS(a,D,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(D){if(u=D==`template`&&t.content||t,o=D==`textarea`&&E.defaultValue!=null?null:o&&g.call(u.childNodes),!c&&o)for(T={},d=0;d<t.attributes.length;d++)T[(b=t.attributes[d]).name]=b.value;for(d in T)b=T[d],d==`dangerouslySetInnerHTML`?_=b:d==`children`||d in E||d==`value`&&`defaultValue`in E||d==`checked`&&`defaultChecked`in E||ne(t,d,null,b,a);for(d in E)b=E[d],d==`children`?y=b:d==`dangerouslySetInnerHTML`?p=b:d==`value`?x=b:d==`checked`?C=b:c&&typeof b!=`function`||T[d]===b||ne(t,d,b,T[d],a);p?(c||_&&(p.__html==_.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),n.__k=[]):(_&&(t.textContent=``),(D==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&m.test(D))&&(a=`http://www.w3.org/1999/xhtml`),ee(u,h(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&S(r,0),c,l),o&&o.some(v)),c&&D!=`textarea`||(d=`value`,D==`progress`&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(D!=`progress`||x)||ne(t,d,x,T[d],a),d=`checked`,C!=null&&C!=t[d]&&ne(t,d,C,T[d],a))}else T===E||c&&t.data==E||(t.data=E);return t}function j(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function ce(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||j(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&ce(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=ie(i,o=[]))&&(i==t.__e&&o.some(v),v(a),v(i)),r||v(t.__e),t.__e=t.__c=t.__=null}function le(e,t,n){return this.constructor(e,n)}function M(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=y(b,{children:[t]}),a=[],o=[],A(n,n.__k,i||f,f,n.namespaceURI,i?null:n.firstChild?g.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),oe(a,n.__k,o),n.__k.props.children=null}function N(e){function t(e){var n,r;return this.getChildContext||(n=new Set,(r={})[t.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__g|=4,T(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n.delete(e),t&&t.call(e)}}),e.children}return t.__c=`__cC`+u++,t.__=e,t.Provider=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,x.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=_({},this.state)),typeof e==`function`&&(e=e(_({},n),this.props)),e&&(_(n,e),this.__v&&(t&&this.__k.push(t),T(this)))},x.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),T(this))},x.prototype.render=b,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={},u=0;var ue,P,de,fe,pe=Object.is,me=0,he=[],ge=[],F=e,_e=F.__b,ve=F.__r,ye=F.diffed,be=F.__c,xe=F.unmount,Se=F.__;function Ce(e,t){F.__h&&F.__h(P,e,me||t),me=0;var n=P.__H||(P.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function I(e){return me=1,we(Pe,e)}function we(e,t,n){var r=Ce(ue++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Pe(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);pe(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=P,!P.__f)){P.__f=!0;var i=P.shouldComponentUpdate;P.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,pe(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function L(e,t){var n=Ce(ue++,3);!F.__s&&Ne(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,P.__H.__h.push(n))}function R(e){return me=5,Te(function(){return{current:e}},[])}function Te(e,t){var n=Ce(ue++,7);return Ne(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Ee(e){var t=P.context[e.__c],n=Ce(ue++,9);return n.c=e,t?(n.__??(n.__=!0,t.sub(P)),t.props.value):e.__}function De(){var e;do{for(;e=ge.shift();)try{je(e)}catch(t){F.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=he.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(je),t.__h.some(Me),t.__h=[]}catch(n){t.__h=[],F.__e(n,e.__v)}}}while(ge.length)}F.__b=function(e){P=null,_e&&_e(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Se&&Se(e,t)},F.__r=function(e){ve&&ve(e),ue=0;var t=(P=e.__c).__H;t&&(de==P?P.__h=[]:(t.__h.some(je),t.__h.some(Me),ue=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),de=P},F.diffed=function(e){ye&&ye(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ae(he.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),de=P=null},F.__c=function(e,t){t.some(function(e){try{e.__h.some(je),e.__h=e.__h.filter(function(e){return!e.__||Me(e)})}catch(t){e.__h=[function(){throw t}]}}),be&&be(e,t)},F.unmount=function(e){xe&&xe(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,Ae(ge.push(r))}else je(r)}catch(e){t=e}}),r.__H=void 0,t&&F.__e(t,r.__v))};var Oe=typeof requestAnimationFrame==`function`;function ke(e){var t,n=function(){clearTimeout(r),Oe&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Oe&&(t=requestAnimationFrame(n))}function Ae(e){e!=1&&fe==F.requestAnimationFrame||((fe=F.requestAnimationFrame)||ke)(De)}function je(e){var t=P,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),P=t}function Me(e){var t=P;e.__c=e.__(),P=t}function Ne(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!pe(t,e[n])})}function Pe(e,t){return typeof t==`function`?t(e):t}var Fe=`costar.token`,Ie=new Set,Le=!1;function Re(){try{return sessionStorage.getItem(Fe)}catch{return null}}var ze=Re();function Be(){return ze}function Ve(){return Le}function He(){for(let e of Ie)e()}function Ue(e){ze=e,Le=!1;try{e?sessionStorage.setItem(Fe,e):sessionStorage.removeItem(Fe)}catch{}He()}function We(){Ue(null),Le=!0,He()}function Ge(e){return Ie.add(e),()=>Ie.delete(e)}var z=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new z(`
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
}
    `,{fragmentName:`CaseStudyCard`}),new z(`
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
    `,{fragmentName:`EvidenceItem`}),new z(`
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
}`,{fragmentName:`InitiativeDetail`});var Ke=new z(`
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
}`),qe=new z(`
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
}`),Je=new z(`
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
    `),Ye=new z(`
    query SignInOrganisations {
  organisations(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `),Xe=new z(`
    query CaseStudyLanguage($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      language
    }
  }
}
    `),Ze=new z(`
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
    }
  }
}
    `),Qe=new z(`
    query OwnInitiatives($owner: String!, $lang: String) {
  initiatives(first: 100, filter: {owner: $owner}, orderBy: {field: TITLE}) {
    nodes {
      id
      title(lang: $lang)
    }
  }
}
    `),$e=new z(`
    mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    version
  }
}
    `),et=new z(`
    mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
  updateCaseStudy(input: $input) {
    id
    version
  }
}
    `),tt=new z(`
    mutation PublishCaseStudy($id: ID!) {
  publishCaseStudy(id: $id) {
    id
    status
    version
  }
}
    `),nt=new z(`
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
    `),rt=new z(`
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
    `),it=new z(`
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
}`),at=new z(`
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
}`);function ot(e,t,n=null){return{message:t,code:e,field:n,currentVersion:null}}var B=class extends Error{errors;status;constructor(e,t){super(e.map(e=>e.message).join(`; `)||`HTTP ${t}`),this.name=`ApiError`,this.errors=e,this.status=t}has(e){return this.errors.some(t=>t.code===e)}};function st(e){let t=e.extensions??{};return{message:typeof e.message==`string`?e.message:`Unknown error`,code:typeof t.code==`string`?t.code:`UNKNOWN`,field:typeof t.field==`string`?t.field:null,currentVersion:typeof t.currentVersion==`number`?t.currentVersion:null}}function ct(e){return typeof e!=`object`||!e||!(`errors`in e)||!Array.isArray(e.errors)?[]:e.errors.filter(e=>typeof e==`object`&&!!e).map(st)}async function lt(e){try{return await e.json()}catch{return null}}async function ut(e,t,n={}){let r=n.token===void 0?Be():n.token,i={"Content-Type":`application/json`,Accept:`application/graphql-response+json, application/json`};r&&(i.Authorization=`Bearer ${r}`);let a;try{a=await fetch(`/graphql`,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal??null})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:new B([ot(`NETWORK`,`The server could not be reached.`)],0)}let o=await lt(a),s=ct(o);s.some(e=>e.code===`UNAUTHENTICATED`)&&r&&n.token===void 0&&We();let c=typeof o==`object`&&o&&`data`in o?o.data:null;if(c==null)throw s.length===0&&s.push(ot(`HTTP_${a.status}`,`The server answered ${a.status}.`)),new B(s,a.status);return{data:c,error:s.length>0?new B(s,a.status):null}}async function V(e,t,n={}){let{data:r,error:i}=await ut(e,t,n);if(i)throw i;return r}var dt=e=>`${e} astudiaeth achos`,ft={app:{name:`Archwiliwr Costar`,skipLink:`Neidio i'r prif gynnwys`,mainNav:`Prif lywio`,explore:`Archwilio`,newCaseStudy:`Astudiaeth achos newydd`,signIn:`Mewngofnodi`,signOut:`Allgofnodi`,signedInAs:`Wedi mewngofnodi fel`,switchLanguage:`English`,footer:`Arferion cyd-gynhyrchu a rennir gan gynghorau’r rhwydwaith.`,titleSuffix:`Archwiliwr Costar`},common:{loading:`Wrthi’n llwytho…`,retry:`Rhoi cynnig arall arni`,errorTitle:`Aeth rhywbeth o’i le`,notFoundTitle:`Heb ddod o hyd i’r dudalen`,notFoundBody:`Does dim byd yn y cyfeiriad hwn, neu nid oes gennych hawl i’w weld. Efallai y gwelwch fwy o fewngofnodi fel aelod.`,backToExplorer:`Yn ôl i’r Archwiliwr`,none:`Dim`,notKnown:`Anhysbys`,council:`Cyngor`,gssCode:`Cod GSS`,nation:`Gwlad`,serviceArea:`Maes gwasanaeth`,coTypes:`Y Cyd-`,step:`Cam y Seren`,visibility:`Gwelededd`,status:`Statws`,tags:`Tagiau`,published:`Cyhoeddwyd`,updated:`Diweddarwyd ddiwethaf`,draft:`Drafft`,scrollHint:`Sgroliwch i’r ochr`},errors:{NETWORK:`Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad a rhoi cynnig arall arni.`,NOT_FOUND:`Nid yw’r cofnod hwn yn bodoli, neu nid oes gennych hawl i’w weld.`,FORBIDDEN:`Nid oes gennych hawl i wneud hyn.`,UNAUTHENTICATED:`Nid yw eich mewngofnodi’n ddilys mwyach. Mewngofnodwch eto.`,BAD_USER_INPUT:`Nid yw peth o’r hyn a anfonwyd yn ddilys.`,CONFLICT:`Mae rhywun arall wedi newid y cofnod hwn ers i chi ei agor.`,RATE_LIMITED:`Gormod o geisiadau. Arhoswch ennyd a rhoi cynnig arall arni.`,QUERY_TOO_COMPLEX:`Gofynnodd y cais am ormod ar unwaith.`,INTERNAL_SERVER_ERROR:`Methodd y gweinydd ag ateb. Rhowch gynnig arall arni yn nes ymlaen.`,SERVICE_UNAVAILABLE:`Nid yw’r gwasanaeth ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn ennyd.`,TIMEOUT:`Cymerodd y gweinydd ormod o amser i ateb. Rhowch gynnig arall arni, neu gofynnwch am lai ar unwaith.`,fallback:`Methodd y cais.`},labels:{co:{CO_COMMISSIONING:`Cyd-gomisiynu`,CO_DESIGN:`Cyd-ddylunio`,CO_DELIVERY:`Cyd-gyflawni`,CO_ASSESSMENT:`Cyd-asesu`},coHint:{CO_COMMISSIONING:`Blaenoriaethu a chynllunio gwasanaethau gyda defnyddwyr a chymunedau`,CO_DESIGN:`Ailgynllunio gwasanaethau gyda dinasyddion`,CO_DELIVERY:`Darparu gwasanaethau a gweithredu ataliol gyda’n gilydd`,CO_ASSESSMENT:`Dinasyddion yn gwerthuso ansawdd a chanlyniadau`},step:{MAP_IT:`Mapio`,FOCUS_IT:`Ffocysu`,PEOPLE_IT:`Pobl`,MARKET_IT:`Marchnata`,GROW_IT:`Tyfu`},nation:{ENGLAND:`Lloegr`,SCOTLAND:`Yr Alban`,WALES:`Cymru`,NORTHERN_IRELAND:`Gogledd Iwerddon`},area:{ADULT_SOCIAL_CARE:`Gofal cymdeithasol i oedolion`,CHILDREN_AND_YOUNG_PEOPLE:`Plant a phobl ifanc`,HEALTH:`Iechyd`,COMMUNITY_SAFETY:`Diogelwch cymunedol`,ENVIRONMENT:`Yr amgylchedd`,HOUSING:`Tai`,EDUCATION:`Addysg`,CULTURE_AND_LEISURE:`Diwylliant a hamdden`,TRANSPORT:`Trafnidiaeth`,COMMISSIONING_AND_FUNDING:`Comisiynu a chyllido`,WHOLE_COUNCIL:`Y cyngor cyfan`,OTHER:`Arall`},visibility:{PRIVATE:`Preifat: eich sefydliad chi yn unig`,NETWORK:`Rhwydwaith: aelodau’r rhwydwaith`,PUBLIC:`Cyhoeddus: unrhyw un, ar ôl ei gyhoeddi`},visibilityShort:{PRIVATE:`Preifat`,NETWORK:`Rhwydwaith`,PUBLIC:`Cyhoeddus`},status:{DRAFT:`Drafft`,PUBLISHED:`Wedi’i chyhoeddi`,ARCHIVED:`Wedi’i harchifo`},stepKind:{ACTIVITY:`Gweithgareddau`,OUTPUT:`Allbynnau`,INTERMEDIATE_OUTCOME:`Canlyniadau interim`,FINAL_OUTCOME:`Canlyniadau terfynol`},peerReviewKind:{PEER_REVIEW:`Adolygiad gan gymheiriaid`,STUDY_VISIT:`Ymweliad astudio`},peerReviewStatus:{REQUESTED:`Wedi gofyn`,ACCEPTED:`Derbyniwyd`,DECLINED:`Gwrthodwyd`,COMPLETED:`Wedi’i gwblhau`,CANCELLED:`Wedi’i ganslo`},party:{SERVICE:`Y gwasanaeth cyhoeddus`,COMMUNITY:`Y gymuned`},commitmentKind:{RIGHT:`Hawliau`,RESPONSIBILITY:`Cyfrifoldebau`},riskLevel:{LOW:`Isel`,MEDIUM:`Canolig`,HIGH:`Uchel`},charterStatus:{DRAFT:`Drafft`,ADOPTED:`Wedi’i fabwysiadu`,RETIRED:`Wedi’i ddirwyn i ben`},indicatorKind:{OUTCOME:`Dangosydd canlyniad`,PROCESS:`Dangosydd proses`},quadrant:{QUICK_WIN:`Enillion cyflym`,MAJOR_PROJECT:`Prosiect mawr`,FILL_IN:`Tasg lenwi`,THANKLESS_TASK:`Tasg ddiddiolch`},role:{VIEWER:`Gwyliwr`,EDITOR:`Golygydd`,ADMIN:`Gweinyddwr`,SYNC:`Partner cysoni`},order:{UPDATED_AT:`Diweddarwyd yn ddiweddar`,PUBLISHED_AT:`Cyhoeddwyd yn ddiweddar`,TITLE:`Teitl (A i Y)`,RELEVANCE:`Y gyfatebiaeth orau`},languageName:e=>({en:`Saesneg`,cy:`Cymraeg`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`adroddiad am effaith`,`cydberthynas`,`achosiaeth`,`ailadrodd annibynnol`,`ar raddfa`][e-1]??``},home:{title:`Astudiaethau achos cyd-gynhyrchu`,titleSearch:e=>`“${e}”: astudiaethau achos`,intro:`Astudiaethau achos gan gynghorau ledled y DU, wedi’u gosod ar y Seren Cyd-gynhyrchu: y Pedwar Cyd- (sut mae dinasyddion yn cymryd rhan) a phum cam y daith.`,searchLabel:`Chwilio’r astudiaethau achos`,searchHint:`Geiriau yn y teitl, y crynodeb, y tagiau neu’r testun`,searchButton:`Chwilio`,starHeading:`Y Seren Cyd-gynhyrchu`,starCaption:`Astudiaethau achos fesul Cyd- a cham`,starHint:`Dewiswch rif i ddangos yr astudiaethau achos hynny; dewiswch ef eto i ddangos y cyfan. Dewiswch Gyd- neu gam i hidlo yn ôl hwnnw yn unig.`,starCorner:`Cyd- / cam`,coButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y Cyd- hwn yn unig`,stepButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y cam hwn yn unig`,cellLabel:(e,t,n,r)=>`${dt(e)}: ${t} yn ${n}${r?` (yn cael eu dangos; dewiswch i ddangos y cyfan)`:``}`,filtersHeading:`Hidlwyr`,facetCo:`Y Cyd-`,facetStep:`Cam y Seren`,facetArea:`Maes gwasanaeth`,facetNation:`Gwlad`,facetLanguage:`Iaith`,facetEvidence:`Tystiolaeth ar y llwybr`,evidenceHint:`Safonau Tystiolaeth Nesta: 1 adroddiad am effaith, 2 cydberthynas, 3 achosiaeth, 4 ailadrodd annibynnol, 5 ar raddfa.`,anyArea:`Pob maes gwasanaeth`,anyEvidence:`Unrhyw dystiolaeth, neu ddim`,evidenceAtLeast:e=>`Lefel ${e} neu uwch`,resultsHeading:`Astudiaethau achos`,count:e=>dt(e),showing:(e,t)=>`Yn dangos ${e} o ${t}`,sortLabel:`Trefnu yn ôl`,loadMore:`Llwytho rhagor`,loadingMore:`Wrthi’n llwytho rhagor…`,noResults:`Does dim astudiaethau achos yn cyfateb i’r hidlwyr hyn.`,clearFilters:`Clirio pob hidlydd`,searchFor:e=>`Chwilio: “${e}”`,removeFilter:e=>`Tynnu’r hidlydd: ${e}`,activeFilters:`Hidlwyr sy’n cael eu defnyddio`},caseStudy:{about:`Am yr astudiaeth achos hon`,councilHeading:`Cyngor`,initiative:`Menter`,noInitiative:`Nid yw’r astudiaeth achos hon wedi’i chysylltu â menter y gallwch ei gweld.`,edit:`Golygu’r astudiaeth achos hon`,publish:`Cyhoeddi`,publishing:`Wrthi’n cyhoeddi…`,publishedNow:`Mae’r astudiaeth achos wedi’i chyhoeddi.`,saved:`Mae eich newidiadau wedi’u cadw.`,created:`Mae’r astudiaeth achos wedi’i chreu fel drafft.`,storyHeading:`Y stori`},translation:{notTranslated:e=>`Dim cyfieithiad Cymraeg eto: mae’r testun yn ${e}.`,machine:`Cyfieithwyd gan beiriant.`,outdated:`Mae’r cyfieithiad hwn yn hŷn na’r gwreiddiol.`,available:`Ieithoedd ar gael`,status:{ORIGINAL:`gwreiddiol`,HUMAN:`cyfieithiad`,MACHINE:`cyfieithiad peirianyddol`,OUTDATED:`cyfieithiad sydd wedi dyddio`},shownIn:e=>`Yn ${e}`},initiative:{heading:`Menter`,about:`Am y fenter hon`,caseStudiesHeading:`Astudiaethau achos y fenter hon`,noCaseStudies:`Does dim astudiaethau achos o’r fenter hon y gallwch eu gweld.`,appraisal:`Arfarniad Ffocysu`,impact:`Effaith (1 i 5)`,ease:`Rhwyddineb (1 i 5)`,quadrant:`Matrics Effaith`,benefitCost:`Cymhareb budd a chost`,annualCost:`Cost y flwyddyn`,annualBenefit:`Budd y flwyddyn`,notAppraised:`Heb ei arfarnu eto.`,openInitiative:`Agor y fenter`},pathway:{heading:`Llwybr at ganlyniadau`,intro:`Sut y disgwylir i’r gweithgareddau arwain at ganlyniadau, a’r dystiolaeth sydd gan bob cyswllt.`,none:`Nid oes llwybr wedi’i gofnodi ar gyfer y fenter hon eto.`,diagramTitle:e=>`Llwybr at ganlyniadau ${e}`,diagramDesc:(e,t,n)=>`${e} cam a ${t} cyswllt; mae gan ${n} cyswllt fwlch tystiolaeth. Rhestrir pob cyswllt isod gyda’i dystiolaeth.`,legend:`N: lefel Nesta · M: lefel Maryland · E: asesiad EMMIE · Llinell doriog goch: bwlch tystiolaeth`,gap:`Bwlch`,gapBadge:`Bwlch tystiolaeth`,gapsSummary:(e,t,n)=>`Nid oes gan ${e} o ${t} cyswllt dystiolaeth ar lefel Nesta ${n} neu uwch.`,noGaps:e=>`Mae gan bob cyswllt dystiolaeth ar lefel Nesta ${e} neu uwch.`,linksHeading:`Y cysylltiadau a’u tystiolaeth`,leadsTo:`yn arwain at`,noEvidence:`Dim tystiolaeth wedi’i chofnodi.`,nesta:(e,t)=>`Lefel Nesta ${e} (${t})`,maryland:e=>`Lefel Maryland ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effaith`,mechanism:`Mecanwaith`,moderators:`Cymedrolwyr`,implementation:`Gweithredu`,economics:`Economeg`},source:`Ffynhonnell`,observed:`Dyddiad`},indicators:{heading:`Dangosyddion canlyniadau`,none:`Dim dangosyddion wedi’u cofnodi.`,baseline:`Llinell sylfaen`,target:`Targed`,latest:`Diweddaraf`,change:`Newid ers y llinell sylfaen`,progressLabel:e=>`Cynnydd tuag at y targed: ${e}`,progress:e=>`${e}% o’r ffordd o’r llinell sylfaen i’r targed`,noProgress:`Ni ellir cyfrifo’r cynnydd: mae angen llinell sylfaen, targed a mesuriad.`,on:(e,t)=>`${e} ar ${t}`},charter:{heading:`Siarter Cyd-gynhyrchu`,none:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adopted:`Mabwysiadwyd`,risksHeading:`Risgiau a sut y cânt eu rheoli`,noRisks:`Dim risgiau wedi’u cofnodi.`,risk:`Risg`,likelihood:`Tebygolrwydd`,impact:`Effaith`,mitigation:`Sut y caiff ei reoli`,signatories:`Llofnodwyd gan`,nothing:`Dim wedi’u cofnodi.`},similar:{heading:`Mentrau tebyg gan gynghorau eraill`,none:`Heb ddod o hyd i fentrau tebyg gan gynghorau eraill.`,match:e=>`${e}% yn cyfateb`,why:`Pam mae’n cyfateb`,sharedCo:`Cyd- yn gyffredin`,sharedTags:`Tagiau yn gyffredin`,sharedWords:`Geiriau yn gyffredin`,sameArea:`Yr un maes gwasanaeth`,furtherAlong:`Ymhellach ar hyd y pum cam`},peerReview:{heading:`Gofyn am adolygiad gan gymheiriaid`,intro:e=>`Gofynnwch i ${e} groesawu eich sefydliad ar gyfer adolygiad gan gymheiriaid neu ymweliad astudio am yr astudiaeth achos hon.`,signInPrompt:`Mewngofnodwch fel aelod o’r rhwydwaith i ofyn am adolygiad gan gymheiriaid.`,editorsOnly:`Golygyddion eich sefydliad sy’n gwneud ceisiadau.`,kind:`Pa fath o ymweliad`,date:`Dyddiad arfaethedig (dewisol)`,dateHint:`Heddiw neu’n hwyrach.`,message:`Neges i’r sefydliad sy’n croesawu (dewisol)`,submit:`Anfon y cais`,sending:`Wrthi’n anfon…`,sent:(e,t,n)=>`Anfonwyd eich cais am ${e.toLowerCase()} at ${t}. Statws: ${n}.`,yours:`Eich ceisiadau am yr astudiaeth achos hon`,on:e=>`arfaethedig ar gyfer ${e}`},editor:{titleNew:`Astudiaeth achos newydd`,titleEdit:e=>`Golygu: ${e}`,titleEditShort:`Golygu astudiaeth achos`,chooseServiceArea:`Dewiswch faes gwasanaeth.`,intro:e=>`Ar gyfer ${e}. Mae astudiaethau achos newydd yn dechrau fel drafftiau.`,introEdit:e=>`Un o astudiaethau achos ${e}.`,errorSummary:`Mae problem`,title:`Teitl`,titleHint:`1 i 200 nod.`,summary:`Crynodeb`,summaryHint:`Un neu ddwy frawddeg ar gyfer rhestrau a chanlyniadau chwilio; hyd at 1,000 nod.`,body:`Yr hanes llawn`,bodyHint:`Testun plaen. Gadewch linell wag rhwng paragraffau.`,coTypes:`Y Cyd- a ddangosir`,coTypesHint:`Dewiswch o leiaf un.`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,tagsHint:`Hyd at 20 tag o hyd at 40 nod yr un, gyda choma rhyngddynt, er enghraifft: pobl-ifanc, comisiynu`,language:`Iaith y testun`,visibility:`Pwy gaiff ei darllen`,initiative:`Menter`,noInitiative:`Heb ei chysylltu â menter`,save:`Cadw’r newidiadau`,create:`Creu’r astudiaeth achos`,saving:`Wrthi’n cadw…`,cancel:`Canslo`,conflict:e=>`Mae rhywun arall wedi cadw’r astudiaeth achos hon ers i chi ei hagor${e==null?``:` (mae bellach ar fersiwn ${e})`}.`,reload:`Taflu fy newidiadau a llwytho’u rhai nhw`,overwrite:`Cadw fy fersiwn i dros eu fersiwn nhw`,needSignIn:`Mewngofnodwch fel golygydd i ysgrifennu astudiaethau achos.`,notEditor:`Ni all eich rôl ysgrifennu astudiaethau achos: gall golygyddion a gweinyddwyr.`,notOwner:e=>`Dim ond golygyddion ${e} all olygu’r astudiaeth achos hon.`,fieldError:e=>`Gwall: ${e}`,otherErrors:`Gwrthododd y gweinydd y newid`},signIn:{title:`Mewngofnodi`,intro:`Mae aelodau’r rhwydwaith yn mewngofnodi gyda thocyn a roddwyd i’w sefydliad. Ar ôl mewngofnodi, fe welwch hefyd yr hyn y mae’r rhwydwaith yn ei rannu â’i aelodau.`,tokenHeading:`Mewngofnodi gyda thocyn`,tokenLabel:`Eich tocyn`,tokenHint:`Gludwch y tocyn (JWT) a roddodd eich sefydliad i chi. Fe’i cedwir yn y tab porwr hwn yn unig.`,tokenSubmit:`Mewngofnodi`,checking:`Wrthi’n gwirio…`,tokenEmpty:`Gludwch docyn yn gyntaf.`,tokenRefused:`Ni dderbyniodd y gweinydd y tocyn hwn.`,devHeading:`Mewngofnodi datblygu`,devIntro:`Mae’r gweinydd hwn yn rhedeg ar ei osodiad datblygu: gall roi tocyn i unrhyw sefydliad yn y rhwydwaith arddangos.`,organisation:`Sefydliad`,role:`Rôl`,devSubmit:`Rhoi tocyn datblygu`,devFailed:`Ni roddodd y gweinydd docyn.`,signedIn:(e,t)=>`Rydych wedi mewngofnodi ar gyfer ${e} (${t}).`,expired:`Daeth eich mewngofnodi i ben neu cafodd ei ddirymu. Mewngofnodwch eto.`}},pt=(e,t,n)=>`${e} ${e===1?t:n}`,mt={app:{name:`Costar Explorer`,skipLink:`Skip to main content`,mainNav:`Main`,explore:`Explore`,newCaseStudy:`New case study`,signIn:`Sign in`,signOut:`Sign out`,signedInAs:`Signed in as`,switchLanguage:`Cymraeg`,footer:`Co-production practice shared by the councils of the network.`,titleSuffix:`Costar Explorer`},common:{loading:`Loading…`,retry:`Try again`,errorTitle:`Something went wrong`,notFoundTitle:`Page not found`,notFoundBody:`There is nothing at this address, or you are not allowed to see it. Signing in as a member may show more.`,backToExplorer:`Back to the Explorer`,none:`None`,notKnown:`Not known`,council:`Council`,gssCode:`GSS code`,nation:`Nation`,serviceArea:`Service area`,coTypes:`Co's`,step:`Star step`,visibility:`Visibility`,status:`Status`,tags:`Tags`,published:`Published`,updated:`Last updated`,draft:`Draft`,scrollHint:`Scrolls sideways`},errors:{NETWORK:`The server could not be reached. Check your connection and try again.`,NOT_FOUND:`This record does not exist, or you are not allowed to see it.`,FORBIDDEN:`You are not allowed to do this.`,UNAUTHENTICATED:`Your sign-in is no longer valid. Please sign in again.`,BAD_USER_INPUT:`Some of what was sent is not valid.`,CONFLICT:`Someone else changed this record since you opened it.`,RATE_LIMITED:`Too many requests. Wait a moment and try again.`,QUERY_TOO_COMPLEX:`The request asked for too much at once.`,INTERNAL_SERVER_ERROR:`The server failed to answer. Try again later.`,SERVICE_UNAVAILABLE:`The service is not available just now. Try again in a moment.`,TIMEOUT:`The server took too long to answer. Try again, or ask for less at once.`,fallback:`The request failed.`},labels:{co:{CO_COMMISSIONING:`Co-commissioning`,CO_DESIGN:`Co-design`,CO_DELIVERY:`Co-delivery`,CO_ASSESSMENT:`Co-assessment`},coHint:{CO_COMMISSIONING:`Prioritising and planning services with users and communities`,CO_DESIGN:`Redesigning services with citizens`,CO_DELIVERY:`Delivering services and preventive action together`,CO_ASSESSMENT:`Citizens as evaluators of quality and outcomes`},step:{MAP_IT:`Map It`,FOCUS_IT:`Focus It`,PEOPLE_IT:`People It`,MARKET_IT:`Market It`,GROW_IT:`Grow It`},nation:{ENGLAND:`England`,SCOTLAND:`Scotland`,WALES:`Wales`,NORTHERN_IRELAND:`Northern Ireland`},area:{ADULT_SOCIAL_CARE:`Adult social care`,CHILDREN_AND_YOUNG_PEOPLE:`Children and young people`,HEALTH:`Health`,COMMUNITY_SAFETY:`Community safety`,ENVIRONMENT:`Environment`,HOUSING:`Housing`,EDUCATION:`Education`,CULTURE_AND_LEISURE:`Culture and leisure`,TRANSPORT:`Transport`,COMMISSIONING_AND_FUNDING:`Commissioning and funding`,WHOLE_COUNCIL:`Whole council`,OTHER:`Other`},visibility:{PRIVATE:`Private: your organisation only`,NETWORK:`Network: members of the network`,PUBLIC:`Public: anyone, once published`},visibilityShort:{PRIVATE:`Private`,NETWORK:`Network`,PUBLIC:`Public`},status:{DRAFT:`Draft`,PUBLISHED:`Published`,ARCHIVED:`Archived`},stepKind:{ACTIVITY:`Activities`,OUTPUT:`Outputs`,INTERMEDIATE_OUTCOME:`Intermediate outcomes`,FINAL_OUTCOME:`Final outcomes`},peerReviewKind:{PEER_REVIEW:`Peer review`,STUDY_VISIT:`Study visit`},peerReviewStatus:{REQUESTED:`Requested`,ACCEPTED:`Accepted`,DECLINED:`Declined`,COMPLETED:`Completed`,CANCELLED:`Cancelled`},party:{SERVICE:`The public service`,COMMUNITY:`The community`},commitmentKind:{RIGHT:`Rights`,RESPONSIBILITY:`Responsibilities`},riskLevel:{LOW:`Low`,MEDIUM:`Medium`,HIGH:`High`},charterStatus:{DRAFT:`Draft`,ADOPTED:`Adopted`,RETIRED:`Retired`},indicatorKind:{OUTCOME:`Outcome indicator`,PROCESS:`Process indicator`},quadrant:{QUICK_WIN:`Quick win`,MAJOR_PROJECT:`Major project`,FILL_IN:`Fill-in`,THANKLESS_TASK:`Thankless task`},role:{VIEWER:`Viewer`,EDITOR:`Editor`,ADMIN:`Administrator`,SYNC:`Sync partner`},order:{UPDATED_AT:`Recently updated`,PUBLISHED_AT:`Recently published`,TITLE:`Title (A to Z)`,RELEVANCE:`Best match`},languageName:e=>({en:`English`,cy:`Welsh`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`an account of impact`,`correlation`,`causation`,`independent replication`,`scaled`][e-1]??``},home:{title:`Co-production case studies`,titleSearch:e=>`“${e}”: case studies`,intro:`Case studies from councils across the UK, placed on the Co-Production Star: the Four Co's (how citizens take part) and the five steps of the journey.`,searchLabel:`Search case studies`,searchHint:`Words in the title, summary, tags or text`,searchButton:`Search`,starHeading:`The Co-Production Star`,starCaption:`Case studies by Co and step`,starHint:`Choose a number to show those case studies; choose it again to show all. Choose a Co or a step to filter by it alone.`,starCorner:`Co / step`,coButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this Co`,stepButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this step`,cellLabel:(e,t,n,r)=>`${pt(e,`case study`,`case studies`)}: ${t} at ${n}${r?` (shown; choose to show all)`:``}`,filtersHeading:`Filters`,facetCo:`Co's`,facetStep:`Star step`,facetArea:`Service area`,facetNation:`Nation`,facetLanguage:`Language`,facetEvidence:`Evidence on the pathway`,evidenceHint:`Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.`,anyArea:`All service areas`,anyEvidence:`Any, or none`,evidenceAtLeast:e=>`Level ${e} or higher`,resultsHeading:`Case studies`,count:e=>pt(e,`case study`,`case studies`),showing:(e,t)=>`Showing ${e} of ${t}`,sortLabel:`Sort by`,loadMore:`Load more`,loadingMore:`Loading more…`,noResults:`No case studies match these filters.`,clearFilters:`Clear all filters`,searchFor:e=>`Search: “${e}”`,removeFilter:e=>`Remove filter: ${e}`,activeFilters:`Filters in use`},caseStudy:{about:`About this case study`,councilHeading:`Council`,initiative:`Initiative`,noInitiative:`This case study is not linked to an initiative you can see.`,edit:`Edit this case study`,publish:`Publish`,publishing:`Publishing…`,publishedNow:`The case study is published.`,saved:`Your changes are saved.`,created:`The case study is created as a draft.`,storyHeading:`The story`},translation:{notTranslated:e=>`Not yet translated into English: shown in ${e}.`,machine:`Translated by machine.`,outdated:`This translation is older than the original.`,available:`Available in`,status:{ORIGINAL:`original`,HUMAN:`translation`,MACHINE:`machine translation`,OUTDATED:`out-of-date translation`},shownIn:e=>`In ${e}`},initiative:{heading:`Initiative`,about:`About this initiative`,caseStudiesHeading:`Case studies of this initiative`,noCaseStudies:`No case studies of this initiative that you can see.`,appraisal:`Focus It appraisal`,impact:`Impact (1 to 5)`,ease:`Ease (1 to 5)`,quadrant:`Impact Matrix`,benefitCost:`Benefit-cost ratio`,annualCost:`Cost per year`,annualBenefit:`Benefit per year`,notAppraised:`Not appraised yet.`,openInitiative:`Open the initiative`},pathway:{heading:`Pathway to outcomes`,intro:`How the activities are expected to lead to outcomes, and the evidence that each link holds.`,none:`No pathway has been recorded for this initiative yet.`,diagramTitle:e=>`Pathway to outcomes of ${e}`,diagramDesc:(e,t,n)=>`${pt(e,`step`,`steps`)} and ${pt(t,`link`,`links`)}; ${pt(n,`link has`,`links have`)} an evidence gap. Each link is listed below with its evidence.`,legend:`N: Nesta level · M: Maryland level · E: EMMIE assessed · Dashed red: evidence gap`,gap:`Gap`,gapBadge:`Evidence gap`,gapsSummary:(e,t,n)=>`${e} of ${pt(t,`link has`,`links have`)} no evidence at Nesta level ${n} or above.`,noGaps:e=>`Every link has evidence at Nesta level ${e} or above.`,linksHeading:`Links and their evidence`,leadsTo:`leads to`,noEvidence:`No evidence recorded.`,nesta:(e,t)=>`Nesta level ${e} (${t})`,maryland:e=>`Maryland level ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effect`,mechanism:`Mechanism`,moderators:`Moderators`,implementation:`Implementation`,economics:`Economics`},source:`Source`,observed:`Observed`},indicators:{heading:`Outcome indicators`,none:`No indicators recorded.`,baseline:`Baseline`,target:`Target`,latest:`Latest`,change:`Change since baseline`,progressLabel:e=>`Progress towards target: ${e}`,progress:e=>`${e}% of the way from baseline to target`,noProgress:`Progress cannot be worked out: a baseline, target and measurement are all needed.`,on:(e,t)=>`${e} on ${t}`},charter:{heading:`Co-Production Charter`,none:`No charter recorded for this initiative.`,adopted:`Adopted`,risksHeading:`Risks and how they are managed`,noRisks:`No risks recorded.`,risk:`Risk`,likelihood:`Likelihood`,impact:`Impact`,mitigation:`How it is managed`,signatories:`Signed by`,nothing:`None recorded.`},similar:{heading:`Similar initiatives of other councils`,none:`No similar initiatives of other councils found.`,match:e=>`${e}% match`,why:`Why it matches`,sharedCo:`Shared Co's`,sharedTags:`Shared tags`,sharedWords:`Shared words`,sameArea:`Same service area`,furtherAlong:`Further along the five steps`},peerReview:{heading:`Request a peer review`,intro:e=>`Ask ${e} to host your organisation for a peer review or a study visit about this case study.`,signInPrompt:`Sign in as a member of the network to request a peer review.`,editorsOnly:`Requests are made by editors of your organisation.`,kind:`What kind of visit`,date:`Proposed date (optional)`,dateHint:`Today or later.`,message:`Message to the host (optional)`,submit:`Send the request`,sending:`Sending…`,sent:(e,t,n)=>`Your request for a ${e.toLowerCase()} was sent to ${t}. Status: ${n}.`,yours:`Your requests about this case study`,on:e=>`proposed for ${e}`},editor:{titleNew:`New case study`,titleEdit:e=>`Edit: ${e}`,titleEditShort:`Edit a case study`,chooseServiceArea:`Choose a service area.`,intro:e=>`For ${e}. New case studies start as drafts.`,introEdit:e=>`A case study of ${e}.`,errorSummary:`There is a problem`,title:`Title`,titleHint:`1 to 200 characters.`,summary:`Summary`,summaryHint:`One or two sentences for lists and search results; up to 1,000 characters.`,body:`The full account`,bodyHint:`Plain text. Leave a blank line between paragraphs.`,coTypes:`Co's the case shows`,coTypesHint:`Choose at least one.`,serviceArea:`Service area`,tags:`Tags`,tagsHint:`Up to 20 tags of up to 40 characters, separated by commas, for example: young-people, commissioning`,language:`Language of the text`,visibility:`Who may read it`,initiative:`Initiative`,noInitiative:`Not linked to an initiative`,save:`Save changes`,create:`Create the case study`,saving:`Saving…`,cancel:`Cancel`,conflict:e=>`Someone else saved this case study since you opened it${e==null?``:` (it is now at version ${e})`}.`,reload:`Discard my changes and load theirs`,overwrite:`Save my version over theirs`,needSignIn:`Sign in as an editor to write case studies.`,notEditor:`Your role cannot write case studies: editors and administrators can.`,notOwner:e=>`Only editors of ${e} can edit this case study.`,fieldError:e=>`Error: ${e}`,otherErrors:`The server refused the change`},signIn:{title:`Sign in`,intro:`Members of the network sign in with a token issued for their organisation. Signed in, you also see what the network shares with its members.`,tokenHeading:`Sign in with a token`,tokenLabel:`Your token`,tokenHint:`Paste the bearer token (a JWT) your organisation gave you. It is kept only in this browser tab.`,tokenSubmit:`Sign in`,checking:`Checking…`,tokenEmpty:`Paste a token first.`,tokenRefused:`The server did not accept this token.`,devHeading:`Development sign-in`,devIntro:`This server runs on its development default: it can issue a token for any organisation of the demo network.`,organisation:`Organisation`,role:`Role`,devSubmit:`Issue a development token`,devFailed:`The server did not issue a token.`,signedIn:(e,t)=>`You are signed in for ${e} (${t}).`,expired:`Your sign-in expired or was revoked. Please sign in again.`}},ht=`costar.ui-lang`,gt={en:mt,cy:ft},_t=new Set;function vt(){try{let e=localStorage.getItem(ht);if(e===`en`||e===`cy`)return e}catch{}return navigator.language.toLowerCase().startsWith(`cy`)?`cy`:`en`}var H=vt();function yt(){return H}function bt(){return gt[H]}function xt(e){H=e,document.documentElement.lang=e;try{localStorage.setItem(ht,e)}catch{}for(let e of _t)e()}function U(){let[,e]=I(H);return L(()=>{let t=()=>e(H);return _t.add(t),()=>{_t.delete(t)}},[]),H}function W(){return gt[U()]}function St(){return H===`cy`?`cy-GB`:`en-GB`}function Ct(e,t){return new Intl.NumberFormat(St(),t).format(e)}function G(e){let t=new Date(e.length===10?`${e}T00:00:00Z`:e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(St(),{dateStyle:`long`,timeZone:`UTC`}).format(t)}function wt(){let[e,t]=I(Be());return L(()=>Ge(()=>t(Be())),[]),e}function Tt(e){return e instanceof B?e:new B([ot(`UNKNOWN`,String(e))],0)}function K(e,t,n={}){let r=wt(),i=`${JSON.stringify(t)}|${r??``}|${n.skip?`skip`:``}`,[a,o]=I(0),[s,c]=I({key:``,loading:!n.skip}),l=R(t);l.current=t,L(()=>{if(n.skip){c({key:i,loading:!1});return}let t=new AbortController;return c(e=>({key:i,data:n.keepPrevious||e.key===i?e.data:void 0,loading:!0})),(n.partial?ut(e,l.current,{signal:t.signal}):V(e,l.current,{signal:t.signal}).then(e=>({data:e,error:null}))).then(({data:e,error:t})=>c({key:i,data:e,error:t??void 0,loading:!1}),e=>{t.signal.aborted||c(t=>({key:i,data:t.data,error:Tt(e),loading:!1}))}),()=>t.abort()},[i,a]);let u=s.key===i;return{data:u||n.keepPrevious?s.data:void 0,error:u?s.error:void 0,loading:!u||s.loading,reload:()=>o(e=>e+1)}}var Et=N({viewer:null,loading:!1});function Dt(){return Ee(Et)}function Ot(e){return e?.roles.some(e=>e===`EDITOR`||e===`ADMIN`)??!1}function kt(e){let t=W();L(()=>{document.title=e?`${e} – ${t.app.titleSuffix}`:t.app.titleSuffix},[e,t])}function q(e){let t=bt(),n=e.errors[0];if(!n)return t.errors.fallback;let r=t.errors[n.code];return n.code===`BAD_USER_INPUT`||n.code===`FORBIDDEN`||n.code===`CONFLICT`?`${r??t.errors.fallback} ${n.message}`:r??`${t.errors.fallback} ${n.message}`}function J(){return e=>e}var At=J()([`CO_COMMISSIONING`,`CO_DESIGN`,`CO_DELIVERY`,`CO_ASSESSMENT`]),jt=J()([`MAP_IT`,`FOCUS_IT`,`PEOPLE_IT`,`MARKET_IT`,`GROW_IT`]),Mt=J()([`ENGLAND`,`SCOTLAND`,`WALES`,`NORTHERN_IRELAND`]),Nt=J()([`ADULT_SOCIAL_CARE`,`CHILDREN_AND_YOUNG_PEOPLE`,`HEALTH`,`COMMUNITY_SAFETY`,`ENVIRONMENT`,`HOUSING`,`EDUCATION`,`CULTURE_AND_LEISURE`,`TRANSPORT`,`COMMISSIONING_AND_FUNDING`,`WHOLE_COUNCIL`,`OTHER`]),Pt=J()([`PRIVATE`,`NETWORK`,`PUBLIC`]),Ft=J()([`ACTIVITY`,`OUTPUT`,`INTERMEDIATE_OUTCOME`,`FINAL_OUTCOME`]),It=J()([`UPDATED_AT`,`PUBLISHED_AT`,`TITLE`,`RELEVANCE`]),Lt=[1,2,3,4,5];function Rt(e,t){return t!=null&&e.includes(t)}var zt=Symbol.for(`pv`),Bt=0;Array.isArray;function Y(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:zt,__v:--Bt,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function Vt({coTypes:e}){let t=W();return Y(`ul`,{class:`chips`,children:At.filter(t=>e.includes(t)).map(e=>Y(`li`,{class:`chip chip-${e.toLowerCase().replace(`_`,`-`)}`,children:t.labels.co[e]},e))})}function Ht({step:e}){return Y(`span`,{class:`step-badge`,children:W().labels.step[e]})}var Ut=176,Wt=128,Gt=12,Kt=16,qt=9,Jt=22,Yt=21,Xt=6;function Zt(e,t=Yt,n=Xt){let r=[],i=``;for(let n of e.split(/\s+/).filter(Boolean))i&&i.length+1+n.length>t?(r.push(i),i=n):i=i?`${i} ${n}`:n;if(i&&r.push(i),r.length>n){let e=r.slice(0,n);return e[n-1]=`${(e[n-1]??``).replace(/\s*\S*$/,``)}…`,e}return r}function Qt(e,t){let n=null;for(let r of e){let e=t(r);e!=null&&(n==null||e>n)&&(n=e)}return n}function $t(e,t,n){let r=[];t&&r.push(n);let i=Qt(e.evidence,e=>e.nestaLevel),a=Qt(e.evidence,e=>e.marylandLevel);return i!=null&&r.push(`N${i}`),a!=null&&r.push(`M${a}`),e.evidence.some(e=>e.emmie)&&r.push(`E`),r.join(` · `)||`–`}function en({pathway:e,gapIds:t,title:n,id:r}){let i=W(),a=new Map,o=Ft.map(t=>{let n=e.steps.filter(e=>e.kind===t);return n.reduce((e,t)=>e+Zt(t.label).length*Kt+18,0)+Math.max(0,n.length-1)*Jt}),s=Math.max(...o,60);Ft.forEach((t,n)=>{let r=Gt+n*304,i=46+(s-(o[n]??0))/2;for(let n of e.steps.filter(e=>e.kind===t)){let e=Zt(n.label),o=e.length*Kt+18;a.set(n.id,{x:r,y:i,h:o,lines:e,kind:t}),i+=o+Jt}});let c=24+Ft.length*Ut+(Ft.length-1)*Wt,l=58+s,u=e.links.filter(e=>t.has(e.id)).length;return Y(`svg`,{class:`pathway-svg`,width:c,height:l,viewBox:`0 0 ${c} ${l}`,role:`img`,"aria-labelledby":`${r}-title ${r}-desc`,children:[Y(`title`,{id:`${r}-title`,children:i.pathway.diagramTitle(n)}),Y(`desc`,{id:`${r}-desc`,children:i.pathway.diagramDesc(e.steps.length,e.links.length,u)}),Y(`defs`,{children:[Y(`marker`,{id:`${r}-arrow`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:Y(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head`})}),Y(`marker`,{id:`${r}-arrow-gap`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:Y(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head arrow-head-gap`})})]}),Ft.map((e,t)=>Y(`text`,{class:`pathway-col-head`,x:Gt+t*304+Ut/2,y:24,"text-anchor":`middle`,children:i.labels.stepKind[e]},e)),e.links.map(e=>{let n=a.get(e.from.id),i=a.get(e.to.id);if(!n||!i)return null;let o=t.has(e.id),s=n.x+Ut,c=n.y+n.h/2,l=i.x-2,u=i.y+i.h/2,d=Math.max(40,(l-s)/2);return Y(`path`,{class:`pathway-link${o?` is-gap`:``}`,d:`M ${s} ${c} C ${s+d} ${c}, ${l-d} ${u}, ${l} ${u}`,"marker-end":`url(#${r}-arrow${o?`-gap`:``})`},e.id)}),e.steps.map(e=>{let t=a.get(e.id);return t?Y(`g`,{class:`pathway-node kind-${t.kind.toLowerCase().replace(/_/g,`-`)}`,children:[Y(`rect`,{x:t.x,y:t.y,width:Ut,height:t.h,rx:`6`}),Y(`text`,{x:t.x+qt,y:t.y+qt+12,children:t.lines.map((e,n)=>Y(`tspan`,{x:t.x+qt,dy:n===0?0:Kt,children:e},n))})]},e.id):null}),e.links.map((e,n)=>{let r=a.get(e.from.id),o=a.get(e.to.id);if(!r||!o)return null;let s=t.has(e.id),c=$t(e,s,i.pathway.gap),l=(r.x+Ut+o.x)/2,u=(r.y+r.h/2+o.y+o.h/2)/2,d=c.length*7+36,f=l-d/2;return Y(`g`,{class:`pathway-label${s?` is-gap`:``}`,children:[Y(`rect`,{x:f,y:u-11,width:d,height:`22`,rx:`11`}),Y(`circle`,{cx:f+11,cy:u,r:`9`,class:`pathway-label-number`}),Y(`text`,{x:f+11,y:u+4,"text-anchor":`middle`,class:`pathway-label-number-text`,children:n+1}),Y(`text`,{x:f+24,y:u+4,children:c})]},e.id)})]})}function tn({evidence:e}){let t=W(),n=e.emmie,r=n?[`effect`,`mechanism`,`moderators`,`implementation`,`economics`].filter(e=>n[e]):[];return Y(`li`,{class:`evidence`,children:[Y(`p`,{children:e.summary}),Y(`ul`,{class:`grades`,children:[e.nestaLevel!=null&&Y(`li`,{class:`grade`,children:t.pathway.nesta(e.nestaLevel,t.labels.nestaLevel(e.nestaLevel))}),e.marylandLevel!=null&&Y(`li`,{class:`grade`,children:t.pathway.maryland(e.marylandLevel)}),n&&Y(`li`,{class:`grade`,children:t.pathway.emmie})]}),r.length>0&&n&&Y(`dl`,{class:`emmie`,children:r.map(e=>Y(`div`,{children:[Y(`dt`,{children:t.pathway.emmieDims[e]}),Y(`dd`,{children:n[e]})]},e))}),(e.source!=null||e.observedOn!=null)&&Y(`p`,{class:`evidence-source`,children:[e.source&&Y(`span`,{children:[t.pathway.source,`: `,e.source]}),e.observedOn&&Y(`span`,{children:[t.pathway.observed,`: `,G(e.observedOn)]})]})]})}function nn({initiative:e}){let t=W(),{pathway:n}=e,r=new Set(e.evidenceGaps.map(e=>e.id)),i=new Map(n.steps.map(e=>[e.id,e.label])),a=n.links.filter(e=>r.has(e.id)).length;return Y(`section`,{class:`section`,"aria-labelledby":`pathway-h`,children:[Y(`h2`,{id:`pathway-h`,children:t.pathway.heading}),n.steps.length===0?Y(`p`,{class:`empty`,children:t.pathway.none}):Y(b,{children:[Y(`p`,{children:t.pathway.intro}),Y(`p`,{class:a>0?`gap-summary has-gaps`:`gap-summary`,children:a>0?Y(b,{children:[Y(`span`,{class:`gap-icon`,"aria-hidden":`true`,children:`!`}),t.pathway.gapsSummary(a,n.links.length,2)]}):t.pathway.noGaps(2)}),Y(`div`,{class:`diagram-scroll`,role:`region`,"aria-label":t.pathway.diagramTitle(e.title),tabIndex:0,children:Y(en,{pathway:n,gapIds:r,title:e.title,id:`pathway`})}),Y(`p`,{class:`legend`,children:t.pathway.legend}),Y(`h3`,{children:t.pathway.linksHeading}),Y(`ol`,{class:`pathway-links`,children:n.links.map((e,n)=>{let a=r.has(e.id);return Y(`li`,{class:`pathway-link-item${a?` is-gap`:``}`,"data-link-id":e.id,children:[Y(`p`,{class:`link-title`,children:[Y(`span`,{class:`link-number`,children:n+1}),Y(`span`,{children:[i.get(e.from.id),` `,Y(`span`,{class:`leads-to`,children:t.pathway.leadsTo}),` `,i.get(e.to.id)]}),a&&Y(`strong`,{class:`gap-badge`,children:t.pathway.gapBadge})]}),e.evidence.length===0?Y(`p`,{class:`empty`,children:t.pathway.noEvidence}):Y(`ul`,{class:`evidence-list`,children:e.evidence.map(e=>Y(tn,{evidence:e},e.id))})]},e.id)})})]})]})}var rn=new Set;function an(){return{path:window.location.pathname,search:window.location.search}}var on=an();function sn(){on=an();for(let e of rn)e()}var cn=!1;function ln(){let e=cn;return cn=!1,e}function un(e,t={}){let n=new URL(e,window.location.href),r=n.pathname+n.search+n.hash;(r!==window.location.pathname+window.location.search+window.location.hash||t.replace)&&(t.replace?window.history.replaceState(null,``,r):window.history.pushState(null,``,r),cn=!t.keepFocus,sn(),t.keepScroll||window.scrollTo(0,0))}function dn(){let[e,t]=I(on);return L(()=>{let e=()=>t(on);return rn.add(e),e(),()=>{rn.delete(e)}},[]),e}function fn(){window.addEventListener(`popstate`,()=>{let e=an();(e.path!==on.path||e.search!==on.search)&&(cn=!0,sn())}),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target instanceof Element?e.target.closest(`a`):null;if(!t?.href||t.hasAttribute(`download`)||t.target&&t.target!==`_self`)return;let n=new URL(t.href);n.origin===window.location.origin&&(n.pathname===window.location.pathname&&n.search===window.location.search&&n.hash||(e.preventDefault(),un(n.pathname+n.search+n.hash)))})}function pn(e){try{return decodeURIComponent(e)}catch{return e}}function mn(e){let t=e.split(`/`).filter(e=>e!==``),[n,r,i]=t;if(t.length===0)return{name:`home`};if(n===`sign-in`&&t.length===1)return{name:`signIn`};if(n===`case-studies`&&r!==void 0){if(t.length===2)return r===`new`?{name:`caseStudyNew`}:{name:`caseStudy`,id:pn(r)};if(t.length===3&&i===`edit`)return{name:`caseStudyEdit`,id:pn(r)}}return n===`initiatives`&&r!==void 0&&t.length===2?{name:`initiative`,id:pn(r)}:{name:`notFound`}}var X={home:`/`,caseStudy:e=>`/case-studies/${encodeURIComponent(e)}`,caseStudyEdit:e=>`/case-studies/${encodeURIComponent(e)}/edit`,caseStudyNew:`/case-studies/new`,initiative:e=>`/initiatives/${encodeURIComponent(e)}`,signIn:e=>e?`/sign-in?next=${encodeURIComponent(e)}`:`/sign-in`};function hn(e){return(e.split(`-`)[0]??e).toLowerCase()}function gn(e,t){return e.some(e=>hn(e.language)===hn(t))}var _n={en:`English`,cy:`Cymraeg`};function vn(e){let t=_n[hn(e)];if(t)return t;try{return new Intl.DisplayNames([e],{type:`language`}).of(e)??e}catch{return e}}function yn({served:e,translations:t}){let n=W(),r=U(),i=t.find(t=>t.language===e)?.status,a=[];return gn(t,r)||a.push(n.translation.notTranslated(n.labels.languageName(e))),i===`MACHINE`&&a.push(n.translation.machine),i===`OUTDATED`&&a.push(n.translation.outdated),a.length>0?Y(`p`,{class:`translation-note`,children:a.join(` `)}):null}function bn({translations:e}){let t=W();return Y(`div`,{children:[Y(`dt`,{children:t.translation.available}),Y(`dd`,{class:`languages-available`,children:e.map((e,n)=>Y(b,{children:[n>0&&`, `,Y(`span`,{lang:e.language,children:vn(e.language)}),` (`,t.translation.status[e.status],`)`]},e.language))})]})}function xn({served:e,translations:t}){let n=W();return gn(t,U())?null:Y(`span`,{class:`badge badge-lang`,children:[Y(`span`,{"aria-hidden":`true`,children:hn(e).toUpperCase()}),Y(`span`,{class:`visually-hidden`,children:n.translation.shownIn(n.labels.languageName(e))})]})}function Sn({indicator:e}){let t=W(),n=n=>n==null?t.common.notKnown:`${Ct(n,{maximumFractionDigits:2})} ${e.unit}`,r=e.progressToTarget;return Y(`li`,{class:`indicator`,children:[Y(`h3`,{children:e.name}),Y(`p`,{class:`badge`,children:t.labels.indicatorKind[e.kind]}),Y(`dl`,{class:`summary-list`,children:[Y(`div`,{children:[Y(`dt`,{children:t.indicators.baseline}),Y(`dd`,{children:n(e.baseline)})]}),Y(`div`,{children:[Y(`dt`,{children:t.indicators.target}),Y(`dd`,{children:n(e.target)})]}),Y(`div`,{children:[Y(`dt`,{children:t.indicators.latest}),Y(`dd`,{children:e.latest?t.indicators.on(n(e.latest.value),G(e.latest.measuredOn)):t.common.notKnown})]}),e.change!=null&&Y(`div`,{children:[Y(`dt`,{children:t.indicators.change}),Y(`dd`,{children:[e.change>0?`+`:``,n(e.change)]})]})]}),r==null?Y(`p`,{class:`hint`,children:t.indicators.noProgress}):Y(`div`,{class:`progress`,children:[Y(`meter`,{min:0,max:1,low:.34,high:.99,optimum:1,value:Math.min(1,Math.max(0,r)),"aria-label":t.indicators.progressLabel(e.name)}),Y(`span`,{children:t.indicators.progress(Math.round(r*100))})]})]})}function Cn({initiative:e}){let t=W();return Y(`section`,{class:`section`,"aria-labelledby":`indicators-h`,children:[Y(`h2`,{id:`indicators-h`,children:t.indicators.heading}),e.indicators.length===0?Y(`p`,{class:`empty`,children:t.indicators.none}):Y(`ul`,{class:`indicators`,children:e.indicators.map(e=>Y(Sn,{indicator:e},e.id))})]})}var wn=[`SERVICE`,`COMMUNITY`],Tn=[`RIGHT`,`RESPONSIBILITY`];function En({charter:e}){let t=W();return Y(`article`,{class:`charter`,children:[Y(`h3`,{lang:e.servedLanguage,children:e.title}),Y(yn,{served:e.servedLanguage,translations:e.translations}),Y(`p`,{class:`charter-status`,children:[Y(`span`,{class:`badge`,children:t.labels.charterStatus[e.status]}),e.adoptedAt&&Y(`span`,{children:[` `,t.charter.adopted,`: `,G(e.adoptedAt)]})]}),Y(`div`,{class:`commitments`,children:wn.map(n=>Y(`div`,{class:`party`,children:[Y(`h4`,{children:t.labels.party[n]}),Tn.map(r=>{let i=e.commitments.filter(e=>e.party===n&&e.kind===r);return Y(`div`,{class:`commitment-group`,children:[Y(`h5`,{children:t.labels.commitmentKind[r]}),i.length===0?Y(`p`,{class:`empty`,children:t.charter.nothing}):Y(`ul`,{lang:e.servedLanguage,children:i.map((e,t)=>Y(`li`,{children:e.text},t))})]},r)})]},n))}),Y(`h4`,{children:t.charter.risksHeading}),e.risks.length===0?Y(`p`,{class:`empty`,children:t.charter.noRisks}):Y(`ul`,{class:`risks`,children:e.risks.map((n,r)=>Y(`li`,{class:`risk`,children:[Y(`p`,{class:`risk-description`,lang:e.servedLanguage,children:n.description}),Y(`dl`,{class:`risk-levels`,children:[Y(`div`,{children:[Y(`dt`,{children:t.charter.likelihood}),Y(`dd`,{class:`level level-${n.likelihood.toLowerCase()}`,children:t.labels.riskLevel[n.likelihood]})]}),Y(`div`,{children:[Y(`dt`,{children:t.charter.impact}),Y(`dd`,{class:`level level-${n.impact.toLowerCase()}`,children:t.labels.riskLevel[n.impact]})]})]}),Y(`p`,{class:`risk-mitigation`,children:[Y(`strong`,{children:[t.charter.mitigation,`:`]}),` `,Y(`span`,{lang:e.servedLanguage,children:n.mitigation})]})]},r))}),e.signatories.length>0&&Y(b,{children:[Y(`h4`,{children:t.charter.signatories}),Y(`ul`,{class:`signatories`,children:e.signatories.map((e,n)=>Y(`li`,{children:[e.name,`, `,e.role,` (`,t.labels.party[e.party],`)`,e.signedOn?`, ${G(e.signedOn)}`:``]},n))})]})]})}function Dn({initiative:e}){let t=W();return Y(`section`,{class:`section`,"aria-labelledby":`charter-h`,children:[Y(`h2`,{id:`charter-h`,children:t.charter.heading}),e.charters.length===0?Y(`p`,{class:`empty`,children:t.charter.none}):e.charters.map(e=>Y(En,{charter:e},e.id))]})}function On({initiative:e}){let t=W();return Y(`section`,{class:`section`,"aria-labelledby":`similar-h`,children:[Y(`h2`,{id:`similar-h`,children:t.similar.heading}),e.peerMatches.length===0?Y(`p`,{class:`empty`,children:t.similar.none}):Y(`ul`,{class:`matches`,children:e.peerMatches.map(e=>Y(`li`,{class:`match`,children:[Y(`h3`,{class:`match-title`,children:Y(`a`,{href:X.initiative(e.initiative.id),lang:e.initiative.servedLanguage,children:e.initiative.title})}),Y(`p`,{class:`result-meta`,children:[Y(`span`,{class:`result-council`,children:e.initiative.owner.name}),Y(`span`,{children:t.labels.nation[e.initiative.owner.nation]}),Y(Ht,{step:e.initiative.starStep}),Y(`span`,{class:`match-score`,children:t.similar.match(Math.round(e.score*100))})]}),Y(Vt,{coTypes:e.initiative.coTypes}),Y(`h4`,{class:`visually-hidden`,children:t.similar.why}),Y(`ul`,{class:`reasons`,children:[e.sharedCoTypes.length>0&&Y(`li`,{children:[t.similar.sharedCo,`: `,e.sharedCoTypes.map(e=>t.labels.co[e]).join(`, `)]}),e.sharedTags.length>0&&Y(`li`,{children:[t.similar.sharedTags,`: `,e.sharedTags.join(`, `)]}),e.sharedWords.length>0&&Y(`li`,{children:[t.similar.sharedWords,`: `,e.sharedWords.join(`, `)]}),e.sameServiceArea&&Y(`li`,{children:t.similar.sameArea}),e.furtherAlong&&Y(`li`,{children:t.similar.furtherAlong})]})]},e.initiative.id))})]})}function kn({initiative:e}){let t=W(),n=e.appraisal,r=e=>e==null?t.common.notKnown:Ct(e,{style:`currency`,currency:n.currency??`GBP`,maximumFractionDigits:0});return n.impact==null&&n.ease==null&&n.annualCost==null&&n.annualBenefit==null?Y(`p`,{class:`empty`,children:t.initiative.notAppraised}):Y(`dl`,{class:`summary-list`,children:[n.impact!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.impact}),Y(`dd`,{children:n.impact})]}),n.ease!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.ease}),Y(`dd`,{children:n.ease})]}),n.quadrant&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.quadrant}),Y(`dd`,{children:t.labels.quadrant[n.quadrant]})]}),n.annualCost!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.annualCost}),Y(`dd`,{children:r(n.annualCost)})]}),n.annualBenefit!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.annualBenefit}),Y(`dd`,{children:r(n.annualBenefit)})]}),n.benefitCostRatio!=null&&Y(`div`,{children:[Y(`dt`,{children:t.initiative.benefitCost}),Y(`dd`,{children:Ct(n.benefitCostRatio,{maximumFractionDigits:2})})]})]})}function Z(e,t,n){let r=[t?`${e}-hint`:null,n?`${e}-error`:null].filter(Boolean);return r.length>0?r.join(` `):void 0}function An({id:e,error:t}){let n=W();return t?Y(`p`,{class:`field-error`,id:`${e}-error`,children:n.editor.fieldError(t)}):null}function Q({id:e,label:t,hint:n,error:r,children:i}){return Y(`div`,{class:`field${r?` has-error`:``}`,children:[Y(`label`,{for:e,class:`label`,children:t}),n&&Y(`p`,{class:`hint`,id:`${e}-hint`,children:n}),Y(An,{id:e,error:r}),i]})}var jn=[`PEER_REVIEW`,`STUDY_VISIT`],Mn=2e3;function Nn(){let e=new Date,t=e=>String(e).padStart(2,`0`);return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}function Pn({caseStudyId:e,host:t,path:n}){let r=W(),{viewer:i}=Dt(),a=K(nt,{caseStudyId:e},{skip:!i}),[o,s]=I(`PEER_REVIEW`),[c,l]=I(``),[u,d]=I(``),[f,p]=I(!1),[m,h]=I(null),[g,_]=I(null),v=R(null),y=R(null),x=e=>m?.errors.find(t=>t.field===e||t.field===`input.${e}`)?.message??null,S=x(`proposedFor`),C=x(`message`);if(L(()=>{S?v.current?.focus():C&&y.current?.focus()},[m]),!i)return Y(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[Y(`h2`,{id:`peer-h`,children:r.peerReview.heading}),Y(`p`,{children:Y(`a`,{href:X.signIn(n),children:r.peerReview.signInPrompt})})]});let w=async n=>{n.preventDefault(),p(!0),h(null),_(null);try{let n=await V(rt,{input:{kind:o,caseStudyId:e,host:t.slug,proposedFor:c||null,message:u.trim()||null}});_(n.requestPeerReview),a.reload(),d(``),l(``)}catch(e){if(e instanceof B)h(e);else throw e}finally{p(!1)}},T=a.data?.peerReviews.nodes??[];return Y(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[Y(`h2`,{id:`peer-h`,children:r.peerReview.heading}),Y(`p`,{children:r.peerReview.intro(t.name)}),Y(`div`,{"aria-live":`polite`,class:`live`,children:g&&Y(`div`,{class:`notice notice-success peer-review-sent`,children:Y(`p`,{children:r.peerReview.sent(r.labels.peerReviewKind[g.kind],g.host.name,r.labels.peerReviewStatus[g.status])})})}),T.length>0&&Y(b,{children:[Y(`h3`,{children:r.peerReview.yours}),Y(`ul`,{class:`plain-list`,children:T.map(e=>Y(`li`,{children:[r.labels.peerReviewKind[e.kind],`: `,r.labels.peerReviewStatus[e.status],e.proposedFor?`, ${r.peerReview.on(G(e.proposedFor))}`:``]},e.id))})]}),Ot(i)?Y(`form`,{class:`form`,onSubmit:e=>void w(e),noValidate:!0,children:[m&&!S&&!C&&Y(`p`,{class:`error-text`,role:`alert`,children:q(m)}),Y(`fieldset`,{class:`field`,children:[Y(`legend`,{class:`label`,children:r.peerReview.kind}),Y(`div`,{class:`radios`,children:jn.map(e=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,id:`pr-kind-${e}`,name:`pr-kind`,checked:o===e,onChange:()=>s(e)}),Y(`label`,{for:`pr-kind-${e}`,children:r.labels.peerReviewKind[e]})]},e))})]}),Y(Q,{id:`pr-date`,label:r.peerReview.date,hint:r.peerReview.dateHint,error:S,children:Y(`input`,{type:`date`,id:`pr-date`,class:`input input-date`,ref:v,min:Nn(),value:c,"aria-invalid":S?!0:void 0,"aria-describedby":Z(`pr-date`,r.peerReview.dateHint,S),onInput:e=>l(e.currentTarget.value)})}),Y(Q,{id:`pr-message`,label:r.peerReview.message,error:C,children:Y(`textarea`,{id:`pr-message`,class:`textarea`,ref:y,rows:4,maxLength:Mn,value:u,"aria-invalid":C?!0:void 0,"aria-describedby":Z(`pr-message`,void 0,C),onInput:e=>d(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button`,disabled:f,children:f?r.peerReview.sending:r.peerReview.submit})]}):Y(`p`,{class:`hint`,children:r.peerReview.editorsOnly})]})}function Fn(){let e=W();return kt(e.common.notFoundTitle),Y(b,{children:[Y(`h1`,{children:e.common.notFoundTitle}),Y(`p`,{children:e.common.notFoundBody}),Y(`p`,{children:Y(`a`,{href:X.home,children:e.common.backToExplorer})})]})}function In({label:e}){let t=W();return Y(`p`,{class:`loading`,role:`status`,children:[Y(`span`,{class:`spinner`,"aria-hidden":`true`}),e??t.common.loading]})}function Ln({error:e,onRetry:t}){let n=W();return Y(`div`,{class:`notice notice-error`,role:`alert`,children:[Y(`h2`,{class:`notice-title`,children:n.common.errorTitle}),Y(`p`,{children:q(e)}),t&&Y(`button`,{type:`button`,class:`button button-secondary`,onClick:t,children:n.common.retry})]})}function Rn({kind:e,children:t}){return Y(`div`,{class:`notice notice-${e}`,role:`status`,children:t})}function zn(e){return e.errors.every(e=>e.code===`NOT_FOUND`)}function Bn({query:e,record:t,title:n,children:r}){let i=W(),a=t==null&&e.error&&!(e.data!=null&&zn(e.error))?e.error:null;return kt(t==null?a?i.common.errorTitle:e.data==null?i.common.loading:i.common.notFoundTitle:n(t)),t==null?a?Y(b,{children:[Y(`h1`,{children:i.common.errorTitle}),Y(Ln,{error:a,onRetry:e.reload})]}):e.data==null?Y(In,{}):Y(Fn,{}):Y(b,{children:r(t)})}function Vn({owner:e}){let t=W();return Y(b,{children:[Y(`div`,{children:[Y(`dt`,{children:t.common.council}),Y(`dd`,{class:`council-name`,children:e.name})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.gssCode}),Y(`dd`,{class:`council-gss`,children:e.gssCode??t.common.none})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.nation}),Y(`dd`,{class:`council-nation`,children:t.labels.nation[e.nation]})]})]})}function Hn({tags:e}){let t=W();return e.length===0?null:Y(`div`,{children:[Y(`dt`,{children:t.common.tags}),Y(`dd`,{children:Y(`ul`,{class:`tags`,children:e.map(e=>Y(`li`,{children:e},e))})})]})}var Un=null;function Wn(e){Un=e}function Gn(){let e=Un;return Un=null,e}function Kn({text:e}){return Y(b,{children:e.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean).map((e,t)=>Y(`p`,{class:`prose-paragraph`,children:e},t))})}function qn({id:e}){let t=K(it,{id:e,lang:U()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return Y(Bn,{query:t,record:n?.__typename===`CaseStudy`?n:null,title:e=>e.title,children:e=>Y(Jn,{cs:e,onChanged:t.reload})})}function Jn({cs:e,onChanged:t}){let n=W(),r=U(),{viewer:i}=Dt(),[a,o]=I(null),[s,c]=I(!1),[l,u]=I(null);L(()=>o(Gn()),[]);let d=i?.organisation.slug===e.owner.slug,f=d&&Ot(i),p=e.initiative,m=async()=>{c(!0),u(null);try{await V(tt,{id:e.id}),o(n.caseStudy.publishedNow),t()}catch(e){e instanceof B&&u(e)}finally{c(!1)}};return Y(`article`,{class:`case-study`,children:[Y(`p`,{class:`breadcrumb`,children:Y(`a`,{href:X.home,children:n.common.backToExplorer})}),a&&Y(Rn,{kind:`success`,children:a}),Y(`header`,{class:`page-header`,lang:e.servedLanguage,children:[Y(`h1`,{children:e.title}),Y(`p`,{class:`lead`,children:e.summary})]}),Y(yn,{served:e.servedLanguage,translations:e.translations}),f&&Y(`div`,{class:`actions`,children:[Y(`a`,{class:`button`,href:X.caseStudyEdit(e.id),children:n.caseStudy.edit}),e.status===`DRAFT`&&Y(`button`,{type:`button`,class:`button button-secondary`,disabled:s,onClick:()=>void m(),children:s?n.caseStudy.publishing:n.caseStudy.publish}),l&&Y(`p`,{class:`error-text`,role:`alert`,children:q(l)})]}),Y(`div`,{class:`two-col`,children:[Y(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[Y(`h2`,{id:`about-h`,children:n.caseStudy.about}),Y(`dl`,{class:`summary-list council-details`,children:[Y(Vn,{owner:e.owner}),Y(`div`,{children:[Y(`dt`,{children:n.common.serviceArea}),Y(`dd`,{children:n.labels.area[e.serviceArea]})]}),Y(`div`,{children:[Y(`dt`,{children:n.common.coTypes}),Y(`dd`,{children:Y(Vt,{coTypes:e.coTypes})})]}),p&&Y(`div`,{children:[Y(`dt`,{children:n.caseStudy.initiative}),Y(`dd`,{children:[Y(`a`,{href:X.initiative(p.id),lang:p.servedLanguage,children:p.title}),` `,Y(Ht,{step:p.starStep})]})]}),Y(bn,{translations:e.translations}),Y(`div`,{children:[Y(`dt`,{children:n.common.status}),Y(`dd`,{children:[n.labels.status[e.status],` · `,n.labels.visibilityShort[e.visibility]]})]}),e.publishedAt&&Y(`div`,{children:[Y(`dt`,{children:n.common.published}),Y(`dd`,{children:G(e.publishedAt)})]}),Y(`div`,{children:[Y(`dt`,{children:n.common.updated}),Y(`dd`,{children:G(e.updatedAt)})]}),Y(Hn,{tags:e.tags})]})]}),Y(`section`,{class:`section prose`,"aria-labelledby":`story-h`,lang:e.servedLanguage,children:[Y(`h2`,{id:`story-h`,lang:r,children:n.caseStudy.storyHeading}),Y(Kn,{text:e.body})]})]}),p?Y(b,{children:[Y(nn,{initiative:p}),Y(Cn,{initiative:p}),Y(Dn,{initiative:p}),Y(On,{initiative:p})]}):Y(`p`,{class:`empty section`,children:n.caseStudy.noInitiative}),!d&&Y(Pn,{caseStudyId:e.id,host:e.owner,path:X.caseStudy(e.id)})]})}var Yn=200,Xn=1e3,Zn=1e5,Qn=[`title`,`summary`,`body`,`coTypes`,`serviceArea`,`initiativeId`,`tags`,`language`,`visibility`],$n={title:``,summary:``,body:``,coTypes:[],serviceArea:``,tags:``,language:`en`,visibility:`NETWORK`,initiativeId:``};function er(e){return{title:e.title,summary:e.summary,body:e.body,coTypes:[...e.coTypes],serviceArea:e.serviceArea,tags:e.tags.join(`, `),language:e.language,visibility:e.visibility,initiativeId:e.initiative?.id??``}}function tr(e){if(!e.field)return null;let t=e.field.replace(/^input\./,``).split(/[.[]/)[0]??``;return Rt(Qn,t)?t:null}function nr(e){return e.split(`,`).map(e=>e.trim()).filter(Boolean)}function rr({title:e,children:t}){return kt(e),Y(b,{children:[Y(`h1`,{children:e}),Y(`p`,{children:t})]})}function ir({id:e}){let t=W(),{viewer:n,loading:r}=Dt(),i=e?t.editor.titleEditShort:t.editor.titleNew;return r?Y(In,{}):n?Ot(n)?e?Y(ar,{id:e,viewer:n}):Y(or,{viewer:n,initial:$n,loaded:null}):Y(rr,{title:i,children:t.editor.notEditor}):Y(rr,{title:i,children:Y(`a`,{href:X.signIn(e?X.caseStudyEdit(e):X.caseStudyNew),children:t.editor.needSignIn})})}function ar({id:e,viewer:t}){let n=W(),r=K(Xe,{id:e}),i=r.data?.node,a=i?.__typename===`CaseStudy`?i.language:null,o=K(Ze,{id:e,original:a??``},{skip:a==null}),s=o.data?.node;return Y(Bn,{query:a==null?r:o,record:s?.__typename===`CaseStudy`?s:null,title:e=>n.editor.titleEdit(e.title),children:e=>e.owner.slug===t.organisation.slug?Y(or,{viewer:t,initial:er(e),loaded:e,onReload:o.reload},`${e.id}:${e.version}`):Y(rr,{title:n.editor.titleEdit(e.title),children:n.editor.notOwner(e.owner.name)})})}function or({viewer:e,initial:t,loaded:n,onReload:r}){let i=W(),[a,o]=I(t),[s,c]=I(n?.version??0),[l,u]=I(!1),[d,f]=I(null),p=R(null),m=U(),h=K(Qe,{owner:e.organisation.slug,lang:m},{keepPrevious:!0}),g=n?i.editor.titleEdit(n.title):i.editor.titleNew;kt(g),L(()=>{d&&p.current?.focus()},[d]);let _=(e,t)=>o(n=>({...n,[e]:t})),v=new Map,y=[];for(let e of d?.errors??[]){let t=e.code===`BAD_USER_INPUT`?tr(e):null;t&&!v.has(t)?v.set(t,e.message):t||y.push(e)}let x=d?.errors.find(e=>e.code===`CONFLICT`&&!e.field)??null,S=async(e=s)=>{u(!0),f(null);try{if(a.serviceArea===``)throw new B([ot(`BAD_USER_INPUT`,i.editor.chooseServiceArea,`serviceArea`)],0);let t={title:a.title,summary:a.summary,body:a.body,coTypes:a.coTypes,serviceArea:a.serviceArea,tags:nr(a.tags),language:a.language,visibility:a.visibility,initiativeId:a.initiativeId||null};if(n){let r=await V(et,{input:{id:n.id,expectedVersion:e,...t}});c(r.updateCaseStudy.version),Wn(i.caseStudy.saved),un(X.caseStudy(r.updateCaseStudy.id))}else{let e=await V($e,{input:t});Wn(i.caseStudy.created),un(X.caseStudy(e.createCaseStudy.id))}}catch(e){if(e instanceof B)f(e);else throw e}finally{u(!1)}},C=e=>`f-${e}`,w=e=>v.get(e)??null,T=e=>v.has(e)?!0:void 0,E={title:i.editor.title,summary:i.editor.summary,body:i.editor.body,coTypes:i.editor.coTypes,serviceArea:i.editor.serviceArea,initiativeId:i.editor.initiative,tags:i.editor.tags,language:i.editor.language,visibility:i.editor.visibility},ee=e=>{(e===`coTypes`||e===`visibility`?document.querySelector(`#${C(e)} input`):document.getElementById(C(e)))?.focus()},D=[`en`,`cy`,...Rt([`en`,`cy`],a.language)?[]:[a.language]];return Y(`div`,{class:`editor`,children:[Y(`p`,{class:`breadcrumb`,children:Y(`a`,{href:n?X.caseStudy(n.id):X.home,children:i.editor.cancel})}),Y(`h1`,{children:g}),Y(`p`,{class:`lead`,children:n?i.editor.introEdit(e.organisation.name):i.editor.intro(e.organisation.name)}),d&&Y(`div`,{class:`error-summary`,role:`alert`,tabIndex:-1,ref:p,"aria-labelledby":`error-summary-h`,children:[Y(`h2`,{id:`error-summary-h`,children:i.editor.errorSummary}),x?Y(b,{children:[Y(`p`,{children:i.editor.conflict(x.currentVersion)}),Y(`div`,{class:`actions`,children:[Y(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>r?.(),children:i.editor.reload}),x.currentVersion!=null&&Y(`button`,{type:`button`,class:`button button-warning`,onClick:()=>void S(x.currentVersion??s),children:i.editor.overwrite})]})]}):Y(`ul`,{children:[[...v.entries()].map(([e,t])=>Y(`li`,{children:Y(`a`,{href:`#${C(e)}`,onClick:t=>{t.preventDefault(),ee(e)},children:[E[e],`: `,t]})},e)),y.map((e,t)=>Y(`li`,{children:q(new B([e],0))},`g${t}`))]})]}),Y(`form`,{class:`form`,noValidate:!0,onSubmit:e=>{e.preventDefault(),S()},children:[Y(Q,{id:C(`title`),label:i.editor.title,hint:i.editor.titleHint,error:w(`title`),children:Y(`input`,{type:`text`,id:C(`title`),lang:a.language,class:`input`,value:a.title,maxLength:Yn,"aria-invalid":T(`title`),"aria-describedby":Z(C(`title`),i.editor.titleHint,w(`title`)),onInput:e=>_(`title`,e.currentTarget.value)})}),Y(Q,{id:C(`summary`),label:i.editor.summary,hint:i.editor.summaryHint,error:w(`summary`),children:Y(`textarea`,{id:C(`summary`),lang:a.language,class:`textarea`,rows:3,maxLength:Xn,value:a.summary,"aria-invalid":T(`summary`),"aria-describedby":Z(C(`summary`),i.editor.summaryHint,w(`summary`)),onInput:e=>_(`summary`,e.currentTarget.value)})}),Y(Q,{id:C(`body`),label:i.editor.body,hint:i.editor.bodyHint,error:w(`body`),children:Y(`textarea`,{id:C(`body`),lang:a.language,class:`textarea textarea-long`,rows:14,maxLength:Zn,value:a.body,"aria-invalid":T(`body`),"aria-describedby":Z(C(`body`),i.editor.bodyHint,w(`body`)),onInput:e=>_(`body`,e.currentTarget.value)})}),Y(`fieldset`,{id:C(`coTypes`),class:`field${w(`coTypes`)?` has-error`:``}`,"aria-describedby":Z(C(`coTypes`),i.editor.coTypesHint,w(`coTypes`)),children:[Y(`legend`,{class:`label`,children:i.editor.coTypes}),Y(`p`,{class:`hint`,id:`${C(`coTypes`)}-hint`,children:i.editor.coTypesHint}),Y(An,{id:C(`coTypes`),error:w(`coTypes`)}),Y(`div`,{class:`checkboxes`,children:At.map(e=>Y(`div`,{class:`checkbox`,children:[Y(`input`,{type:`checkbox`,id:`co-${e}`,checked:a.coTypes.includes(e),"aria-invalid":T(`coTypes`),onChange:()=>_(`coTypes`,a.coTypes.includes(e)?a.coTypes.filter(t=>t!==e):[...a.coTypes,e])}),Y(`label`,{for:`co-${e}`,children:[i.labels.co[e],` `,Y(`span`,{class:`hint-inline`,children:i.labels.coHint[e]})]})]},e))})]}),Y(Q,{id:C(`serviceArea`),label:i.editor.serviceArea,error:w(`serviceArea`),children:Y(`select`,{id:C(`serviceArea`),class:`select`,value:a.serviceArea,"aria-invalid":T(`serviceArea`),"aria-describedby":Z(C(`serviceArea`),void 0,w(`serviceArea`)),onChange:e=>{let t=e.currentTarget.value;_(`serviceArea`,Rt(Nt,t)?t:``)},children:[Y(`option`,{value:``,children:`–`}),Nt.map(e=>Y(`option`,{value:e,children:i.labels.area[e]},e))]})}),Y(Q,{id:C(`initiativeId`),label:i.editor.initiative,error:w(`initiativeId`),children:Y(`select`,{id:C(`initiativeId`),class:`select`,value:a.initiativeId,"aria-invalid":T(`initiativeId`),"aria-describedby":Z(C(`initiativeId`),void 0,w(`initiativeId`)),onChange:e=>_(`initiativeId`,e.currentTarget.value),children:[Y(`option`,{value:``,children:i.editor.noInitiative}),(h.data?.initiatives.nodes??[]).map(e=>Y(`option`,{value:e.id,children:e.title},e.id))]})}),Y(Q,{id:C(`tags`),label:i.editor.tags,hint:i.editor.tagsHint,error:w(`tags`),children:Y(`input`,{type:`text`,id:C(`tags`),class:`input`,value:a.tags,"aria-invalid":T(`tags`),"aria-describedby":Z(C(`tags`),i.editor.tagsHint,w(`tags`)),onInput:e=>_(`tags`,e.currentTarget.value)})}),Y(Q,{id:C(`language`),label:i.editor.language,error:w(`language`),children:Y(`select`,{id:C(`language`),class:`select`,value:a.language,"aria-invalid":T(`language`),"aria-describedby":Z(C(`language`),void 0,w(`language`)),onChange:e=>_(`language`,e.currentTarget.value),children:D.map(e=>Y(`option`,{value:e,children:i.labels.languageName(e)},e))})}),Y(`fieldset`,{id:C(`visibility`),class:`field${w(`visibility`)?` has-error`:``}`,"aria-describedby":Z(C(`visibility`),void 0,w(`visibility`)),children:[Y(`legend`,{class:`label`,children:i.editor.visibility}),Y(An,{id:C(`visibility`),error:w(`visibility`)}),Y(`div`,{class:`radios`,children:Pt.map(e=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,name:`visibility`,id:`vis-${e}`,checked:a.visibility===e,"aria-invalid":T(`visibility`),onChange:()=>_(`visibility`,e)}),Y(`label`,{for:`vis-${e}`,children:i.labels.visibility[e]})]},e))})]}),Y(`div`,{class:`actions`,children:[Y(`button`,{type:`submit`,class:`button`,disabled:l,children:l?i.editor.saving:n?i.editor.save:i.editor.create}),Y(`a`,{class:`button button-secondary`,href:n?X.caseStudy(n.id):X.home,children:i.editor.cancel})]})]})]})}var sr=240;function cr(e,t=sr){let n=e.replace(/\s+/g,` `).trim();if(n.length<=t)return n;let r=n.slice(0,t);return`${r.slice(0,Math.max(r.lastIndexOf(` `),t-20))}…`}function lr({items:e,headingLevel:t=3}){let n=W(),r=U(),i=t===3?`h3`:`h4`;return Y(`ol`,{class:`results`,children:e.map(e=>Y(`li`,{class:`result`,children:Y(`article`,{lang:e.servedLanguage,children:[Y(i,{class:`result-title`,children:Y(`a`,{href:X.caseStudy(e.id),children:e.title})}),Y(`p`,{class:`result-meta`,lang:r,children:[Y(`span`,{class:`result-council`,children:e.owner.name}),Y(`span`,{children:n.labels.nation[e.owner.nation]}),Y(`span`,{children:n.labels.area[e.serviceArea]}),e.initiative&&Y(Ht,{step:e.initiative.starStep}),e.status!==`PUBLISHED`&&Y(`span`,{class:`badge`,children:n.labels.status[e.status]}),e.visibility!==`PUBLIC`&&Y(`span`,{class:`badge`,children:n.labels.visibilityShort[e.visibility]}),Y(xn,{served:e.servedLanguage,translations:e.translations})]}),Y(`div`,{lang:r,children:Y(Vt,{coTypes:e.coTypes})}),Y(`p`,{class:`result-summary`,children:cr(e.summary)})]})},e.id))})}var ur={co:[],step:[],area:null,nation:[],lang:[],evidence:null,q:``,sort:null},dr=/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;function fr(e){return[...new Set(e.filter(e=>dr.test(e)))].sort()}function pr(e,t,n){let r=e.getAll(t);return n.filter(e=>r.includes(e))}function mr(e){let t=new URLSearchParams(e),n=t.get(`area`),r=Number.parseInt(t.get(`evidence`)??``,10),i=t.get(`sort`);return{co:pr(t,`co`,At),step:pr(t,`step`,jt),area:Rt(Nt,n)?n:null,nation:pr(t,`nation`,Mt),lang:fr(t.getAll(`lang`)),evidence:r>=1&&r<=5?r:null,q:(t.get(`q`)??``).trim(),sort:Rt(It,i)?i:null}}function hr(e){let t=new URLSearchParams;for(let n of At)e.co.includes(n)&&t.append(`co`,n);for(let n of jt)e.step.includes(n)&&t.append(`step`,n);e.area&&t.set(`area`,e.area);for(let n of Mt)e.nation.includes(n)&&t.append(`nation`,n);for(let n of fr(e.lang))t.append(`lang`,n);e.evidence!=null&&t.set(`evidence`,String(e.evidence)),e.q&&t.set(`q`,e.q),e.sort&&e.sort!==_r(e)&&t.set(`sort`,e.sort);let n=t.toString();return n?`?${n}`:``}function gr(e){return`/${hr(e)}`}function _r(e){return e.q?`RELEVANCE`:`UPDATED_AT`}function vr(e){return e.sort?e.sort===`RELEVANCE`&&!e.q?`UPDATED_AT`:e.sort:_r(e)}function yr(e){let t={};return e.co.length>0&&(t.coTypes=e.co),e.step.length>0&&(t.starSteps=e.step),e.area&&(t.serviceArea=e.area),e.nation.length>0&&(t.nations=e.nation),e.lang.length>0&&(t.languages=e.lang),e.evidence!=null&&(t.minEvidenceLevel=e.evidence),e.q&&(t.search=e.q),t}function br(e){return e.co.length>0||e.step.length>0||e.area!=null||e.nation.length>0||e.lang.length>0||e.evidence!=null||e.q!==``}function $(e,t){return e.includes(t)?e.filter(e=>e!==t):[...e,t]}function xr(e,t){return e.find(e=>e.value===t)?.count??0}function Sr({n:e}){return Y(`span`,{class:`facet-count`,children:Ct(e)})}function Cr({id:e,legend:t,options:n,selected:r,onToggle:i}){return Y(`fieldset`,{class:`facet`,children:[Y(`legend`,{children:t}),Y(`ul`,{class:`facet-options`,children:n.map(t=>Y(`li`,{children:[Y(`input`,{type:`checkbox`,id:`${e}-${t.value}`,checked:r.includes(t.value),onChange:()=>i(t.value)}),Y(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&Y(Sr,{n:t.count})]})]},t.value))})]})}function wr({id:e,legend:t,hint:n,options:r,selected:i,onSelect:a}){return Y(`fieldset`,{class:`facet`,"aria-describedby":n?`${e}-hint`:void 0,children:[Y(`legend`,{children:t}),n&&Y(`p`,{class:`hint`,id:`${e}-hint`,children:n}),Y(`ul`,{class:`facet-options`,children:r.map(t=>Y(`li`,{children:[Y(`input`,{type:`radio`,name:e,id:`${e}-${t.value}`,checked:i===t.value,onChange:()=>a(t.value)}),Y(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&Y(Sr,{n:t.count})]})]},t.value))})]})}function Tr({facets:e,state:t,onChange:n}){let r=W(),i=(e,t,n)=>e.filter(e=>xr(t,e)>0||n.includes(e)),a=[{value:``,label:r.home.anyArea,count:null},...i(Nt,e.serviceAreas,t.area?[t.area]:[]).map(t=>({value:t,label:r.labels.area[t],count:xr(e.serviceAreas,t)}))],o=t=>e.evidenceLevels.reduce((e,n)=>Number(n.value)>=t?e+n.count:e,0),s=[{value:``,label:r.home.anyEvidence,count:null},...Lt.filter(e=>o(e)>0||t.evidence===e).map(e=>({value:String(e),label:r.home.evidenceAtLeast(e),count:o(e)}))];return Y(`div`,{class:`facets`,children:[Y(Cr,{id:`f-co`,legend:r.home.facetCo,options:At.map(t=>({value:t,label:r.labels.co[t],count:xr(e.coTypes,t)})),selected:t.co,onToggle:e=>n({...t,co:$(t.co,e)})}),Y(Cr,{id:`f-step`,legend:r.home.facetStep,options:jt.map(t=>({value:t,label:r.labels.step[t],count:xr(e.starSteps,t)})),selected:t.step,onToggle:e=>n({...t,step:$(t.step,e)})}),Y(wr,{id:`f-area`,legend:r.home.facetArea,options:a,selected:t.area??``,onSelect:e=>n({...t,area:Nt.find(t=>t===e)??null})}),Y(Cr,{id:`f-nation`,legend:r.home.facetNation,options:i(Mt,e.nations,t.nation).map(t=>({value:t,label:r.labels.nation[t],count:xr(e.nations,t)})),selected:t.nation,onToggle:e=>n({...t,nation:$(t.nation,e)})}),Y(wr,{id:`f-evidence`,legend:r.home.facetEvidence,hint:r.home.evidenceHint,options:s,selected:t.evidence==null?``:String(t.evidence),onSelect:e=>n({...t,evidence:e===``?null:Number(e)})}),Y(Cr,{id:`f-lang`,legend:r.home.facetLanguage,options:[...new Set([...e.languages.map(e=>e.value),...t.lang])].map(t=>({value:t,label:r.labels.languageName(t),count:xr(e.languages,t)})),selected:t.lang,onToggle:e=>n({...t,lang:$(t.lang,e)})})]})}function Er(e,t){return e===0||t===0?0:Math.max(1,Math.ceil(e/t*4))}function Dr({matrix:e,selectedCo:t,selectedStep:n,onCell:r,onCo:i,onStep:a,busy:o}){let s=W(),c=new Map;for(let t of e)c.set(`${t.coType}|${t.starStep}`,t.count);let l=Math.max(0,...c.values()),u=t.length===1&&n.length===1;return Y(b,{children:[Y(`p`,{class:`hint star-hint`,id:`star-hint`,children:s.home.starHint}),Y(`div`,{class:`star-scroll`,role:`region`,"aria-labelledby":`star-caption`,"aria-describedby":`star-hint`,tabIndex:0,children:Y(`table`,{class:`star`,"aria-busy":o,children:[Y(`caption`,{id:`star-caption`,class:`visually-hidden`,children:s.home.starCaption}),Y(`thead`,{children:Y(`tr`,{children:[Y(`td`,{class:`star-corner`,children:s.home.starCorner}),jt.map(e=>{let t=n.includes(e);return Y(`th`,{scope:`col`,children:Y(`button`,{type:`button`,class:`star-head`,"aria-pressed":t,title:s.home.stepButton(s.labels.step[e],t),onClick:()=>a(e),children:[Y(`span`,{class:`star-step-number`,"aria-hidden":`true`,children:jt.indexOf(e)+1}),s.labels.step[e]]})},e)})]})}),Y(`tbody`,{children:At.map(e=>{let a=t.includes(e);return Y(`tr`,{children:[Y(`th`,{scope:`row`,children:Y(`button`,{type:`button`,class:`star-head star-row-head`,"aria-pressed":a,title:s.home.coButton(s.labels.co[e],a),onClick:()=>i(e),children:s.labels.co[e]})}),jt.map(i=>{let a=c.get(`${e}|${i}`)??0,o=u&&t[0]===e&&n[0]===i;return Y(`td`,{class:`star-cell heat-${Er(a,l)}${o?` is-selected`:``}`,children:Y(`button`,{type:`button`,class:`star-count`,"aria-pressed":o,"aria-label":s.home.cellLabel(a,s.labels.co[e],s.labels.step[i],o),disabled:a===0&&!o,onClick:()=>r(e,i),children:a})},i)})]},e)})})]})})]})}var Or=20;function kr({search:e}){let t=W(),n=wt(),r=Te(()=>mr(e),[e]),i=Te(()=>yr(r),[r]),a=Te(()=>({field:vr(r)}),[r]),o=U(),s=K(Ke,{filter:i,first:Or,orderBy:a,lang:o},{keepPrevious:!0}),c=`${e}|${n??``}|${o}`,[l,u]=I(null),[d,f]=I(!1),[p,m]=I(null),[h,g]=I(null),[_,v]=I(!1),[y,b]=I(r.q),x=R(null),S=R(null);kt(r.q?t.home.titleSearch(r.q):t.home.title),L(()=>b(r.q),[r.q]);let C=s.data;L(()=>{C&&!s.loading&&performance.mark(`costar:star-ready`)},[C,s.loading]);let w=l?.key===c&&!s.loading?l:null,T=C?[...C.caseStudies.nodes,...w?.nodes??[]]:[],E=w?w.hasNextPage:C?.caseStudies.pageInfo.hasNextPage??!1,ee=w?w.endCursor:C?.caseStudies.pageInfo.endCursor??null,D=C?.caseStudies.totalCount??0;L(()=>{h!=null&&((x.current?.querySelectorAll(`.result-title a`))?.[h]?.focus(),g(null))},[h,T.length]);let O=(e,t=!1)=>{un(gr(e),{keepScroll:!0,keepFocus:!0}),t&&S.current?.focus()},k=async()=>{if(ee){f(!0),m(null);try{let e=await V(qe,{filter:i,first:Or,after:ee,orderBy:a,lang:o});g(T.length),u({key:c,nodes:[...w?.nodes??[],...e.caseStudies.nodes],hasNextPage:e.caseStudies.pageInfo.hasNextPage,endCursor:e.caseStudies.pageInfo.endCursor})}catch(e){e instanceof B&&m(e)}finally{f(!1)}}},te=[...r.q?[{label:t.home.searchFor(r.q),next:{...r,q:``,sort:null}}]:[],...r.co.map(e=>({label:t.labels.co[e],next:{...r,co:$(r.co,e)}})),...r.step.map(e=>({label:t.labels.step[e],next:{...r,step:$(r.step,e)}})),...r.area?[{label:t.labels.area[r.area],next:{...r,area:null}}]:[],...r.nation.map(e=>({label:t.labels.nation[e],next:{...r,nation:$(r.nation,e)}})),...r.lang.map(e=>({label:t.labels.languageName(e),next:{...r,lang:$(r.lang,e)}})),...r.evidence==null?[]:[{label:`${t.home.facetEvidence}: ${t.home.evidenceAtLeast(r.evidence)}`,next:{...r,evidence:null}}]];return Y(`div`,{class:`home`,children:[Y(`h1`,{children:t.home.title}),Y(`p`,{class:`lead`,children:t.home.intro}),Y(`form`,{class:`search`,role:`search`,onSubmit:e=>{e.preventDefault(),O({...r,q:y.trim(),sort:null},!0)},children:[Y(`label`,{for:`q`,class:`label`,children:t.home.searchLabel}),Y(`p`,{class:`hint`,id:`q-hint`,children:t.home.searchHint}),Y(`div`,{class:`search-row`,children:[Y(`input`,{type:`search`,id:`q`,name:`q`,class:`input`,"aria-describedby":`q-hint`,value:y,onInput:e=>b(e.currentTarget.value)}),Y(`button`,{type:`submit`,class:`button`,children:t.home.searchButton})]})]}),Y(`section`,{class:`star-section`,"aria-labelledby":`star-h`,children:[Y(`h2`,{id:`star-h`,children:t.home.starHeading}),C?Y(Dr,{matrix:C.caseStudyFacets.coStepMatrix,selectedCo:r.co,selectedStep:r.step,busy:s.loading,onCell:(e,t)=>{let n=r.co.length===1&&r.step.length===1&&r.co[0]===e&&r.step[0]===t;O(n?{...r,co:[],step:[]}:{...r,co:[e],step:[t]})},onCo:e=>O({...r,co:$(r.co,e)}),onStep:e=>O({...r,step:$(r.step,e)})}):s.error?Y(Ln,{error:s.error,onRetry:s.reload}):Y(In,{})]}),Y(`div`,{class:`explore`,children:[Y(`section`,{class:`filters${_?``:` is-collapsed`}`,"aria-labelledby":`filters-h`,children:[Y(`h2`,{id:`filters-h`,class:`filters-heading`,children:t.home.filtersHeading}),Y(`button`,{type:`button`,class:`button button-secondary filters-toggle`,"aria-expanded":_,"aria-controls":`filters-panel`,onClick:()=>v(!_),children:t.home.filtersHeading}),Y(`div`,{id:`filters-panel`,class:`filters-panel`,children:C&&Y(Tr,{facets:C.caseStudyFacets,state:r,onChange:e=>O(e)})})]}),Y(`section`,{class:`results-section`,"aria-labelledby":`results-h`,"aria-busy":s.loading,children:[Y(`div`,{class:`results-head`,children:[Y(`h2`,{id:`results-h`,tabIndex:-1,ref:S,children:t.home.resultsHeading}),Y(`p`,{class:`results-count`,"aria-live":`polite`,"aria-atomic":`true`,children:C?t.home.count(D):``}),Y(`div`,{class:`sort`,children:[Y(`label`,{for:`sort`,class:`label-inline`,children:t.home.sortLabel}),Y(`select`,{id:`sort`,class:`select`,value:vr(r),onChange:e=>{let t=e.currentTarget.value;O({...r,sort:It.find(e=>e===t)??null})},children:It.filter(e=>e!==`RELEVANCE`||r.q).map(e=>Y(`option`,{value:e,children:t.labels.order[e]},e))})]})]}),te.length>0&&Y(`div`,{class:`active-filters`,children:[Y(`h3`,{class:`visually-hidden`,children:t.home.activeFilters}),Y(`ul`,{class:`filter-chips`,children:te.map(e=>Y(`li`,{children:Y(`button`,{type:`button`,class:`filter-chip`,"aria-label":t.home.removeFilter(e.label),onClick:()=>O(e.next,!0),children:[e.label,Y(`span`,{"aria-hidden":`true`,children:` ×`})]})},e.label))}),br(r)&&Y(`button`,{type:`button`,class:`link-button`,onClick:()=>O(ur,!0),children:t.home.clearFilters})]}),s.error&&C&&Y(Ln,{error:s.error,onRetry:s.reload}),!C&&!s.error&&Y(In,{}),C&&Y(`div`,{ref:x,class:s.loading?`is-stale`:``,children:[T.length===0?Y(`p`,{class:`empty`,children:t.home.noResults}):Y(lr,{items:T}),T.length>0&&Y(`p`,{class:`showing`,children:t.home.showing(T.length,D)}),p&&Y(`p`,{class:`error-text`,role:`alert`,children:q(p)}),E&&Y(`button`,{type:`button`,class:`button button-secondary`,disabled:d,onClick:()=>void k(),children:d?t.home.loadingMore:t.home.loadMore})]})]})]})]})}function Ar({id:e}){let t=K(at,{id:e,lang:U()},{partial:!0,keepPrevious:!0}),n=t.data?.node;return Y(Bn,{query:t,record:n?.__typename===`Initiative`?n:null,title:e=>e.title,children:e=>Y(jr,{initiative:e})})}function jr({initiative:e}){let t=W();return Y(`article`,{class:`initiative`,children:[Y(`p`,{class:`breadcrumb`,children:Y(`a`,{href:X.home,children:t.common.backToExplorer})}),Y(`header`,{class:`page-header`,children:[Y(`p`,{class:`eyebrow`,children:t.initiative.heading}),Y(`h1`,{lang:e.servedLanguage,children:e.title}),Y(`p`,{class:`lead`,lang:e.servedLanguage,children:e.summary})]}),Y(yn,{served:e.servedLanguage,translations:e.translations}),Y(`div`,{class:`two-col`,children:[Y(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[Y(`h2`,{id:`about-h`,children:t.initiative.about}),Y(`dl`,{class:`summary-list council-details`,children:[Y(Vn,{owner:e.owner}),Y(`div`,{children:[Y(`dt`,{children:t.common.step}),Y(`dd`,{children:Y(Ht,{step:e.starStep})})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.coTypes}),Y(`dd`,{children:Y(Vt,{coTypes:e.coTypes})})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.serviceArea}),Y(`dd`,{children:t.labels.area[e.serviceArea]})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.visibility}),Y(`dd`,{children:t.labels.visibilityShort[e.visibility]})]}),Y(`div`,{children:[Y(`dt`,{children:t.common.updated}),Y(`dd`,{children:G(e.updatedAt)})]}),Y(bn,{translations:e.translations}),Y(Hn,{tags:e.tags})]})]}),Y(`section`,{class:`section`,"aria-labelledby":`appraisal-h`,children:[Y(`h2`,{id:`appraisal-h`,children:t.initiative.appraisal}),Y(kn,{initiative:e})]})]}),Y(nn,{initiative:e}),Y(Cn,{initiative:e}),Y(Dn,{initiative:e}),Y(`section`,{class:`section`,"aria-labelledby":`cases-h`,children:[Y(`h2`,{id:`cases-h`,children:t.initiative.caseStudiesHeading}),e.caseStudies.nodes.length===0?Y(`p`,{class:`empty`,children:t.initiative.noCaseStudies}):Y(lr,{items:e.caseStudies.nodes})]}),Y(On,{initiative:e})]})}var Mr=[`VIEWER`,`EDITOR`,`ADMIN`];function Nr(e){let t=new URLSearchParams(e).get(`next`);if(!t)return`/`;try{let e=new URL(t,window.location.origin);return e.origin===window.location.origin?e.pathname+e.search:`/`}catch{return`/`}}async function Pr(){try{let e=await fetch(`/dev/token`,{headers:{Accept:`application/json`}});return e.ok?(await e.json()).available===!0:!1}catch{return!1}}function Fr({search:e}){let t=W();kt(t.signIn.title);let{viewer:n}=Dt(),[r,i]=I(!1),[a,o]=I(``),[s,c]=I(null),[l,u]=I(null),[d,f]=I(``),[p,m]=I(`EDITOR`),[h,g]=I(null),_=K(Ye,{},{skip:!r});L(()=>{let e=!0;return Pr().then(t=>{e&&i(t)}),()=>{e=!1}},[]);let v=_.data?.organisations.nodes??[];L(()=>{let e=v[0];!d&&e&&f(e.slug)},[v,d]);let y=async n=>{try{return(await V(Je,{},{token:n})).viewer?(Ue(n),un(Nr(e)),null):t.signIn.tokenRefused}catch(e){if(e instanceof B)return e.has(`UNAUTHENTICATED`)?t.signIn.tokenRefused:q(e);throw e}},b=async e=>{e.preventDefault();let n=a.trim().replace(/^Bearer\s+/i,``);n?(u(`token`),c(await y(n)),u(null)):c(t.signIn.tokenEmpty)},x=async e=>{e.preventDefault(),u(`dev`),g(null);try{let e=await fetch(`/dev/token`,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({organisation:d,role:p})}),n=await lt(e);if(e.ok&&typeof n==`object`&&n&&`token`in n&&typeof n.token==`string`)g(await y(n.token));else{let r=ct(n);g(r.length>0?q(new B(r,e.status)):t.signIn.devFailed)}}catch{g(t.signIn.devFailed)}u(null)};return Y(`div`,{class:`sign-in`,children:[Y(`h1`,{children:t.signIn.title}),Y(`p`,{class:`lead`,children:t.signIn.intro}),n&&Y(Rn,{kind:`info`,children:[Y(`p`,{children:t.signIn.signedIn(n.organisation.name,n.roles.map(e=>t.labels.role[e]).join(`, `))}),Y(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>Ue(null),children:t.app.signOut})]}),r&&Y(`section`,{class:`section panel`,"aria-labelledby":`dev-h`,children:[Y(`h2`,{id:`dev-h`,children:t.signIn.devHeading}),Y(`p`,{children:t.signIn.devIntro}),Y(`form`,{class:`form`,onSubmit:e=>void x(e),noValidate:!0,children:[h&&Y(`p`,{class:`error-text`,role:`alert`,children:h}),Y(Q,{id:`dev-org`,label:t.signIn.organisation,children:Y(`select`,{id:`dev-org`,class:`select`,value:d,onChange:e=>f(e.currentTarget.value),children:v.map(e=>Y(`option`,{value:e.slug,children:e.name},e.slug))})}),Y(`fieldset`,{class:`field`,children:[Y(`legend`,{class:`label`,children:t.signIn.role}),Y(`div`,{class:`radios`,children:Mr.map(e=>Y(`div`,{class:`radio`,children:[Y(`input`,{type:`radio`,id:`dev-role-${e}`,name:`dev-role`,checked:p===e,onChange:()=>m(e)}),Y(`label`,{for:`dev-role-${e}`,children:t.labels.role[e]})]},e))})]}),Y(`button`,{type:`submit`,class:`button`,disabled:l!=null||!d,children:l===`dev`?t.signIn.checking:t.signIn.devSubmit})]})]}),Y(`section`,{class:`section`,"aria-labelledby":`token-h`,children:[Y(`h2`,{id:`token-h`,children:t.signIn.tokenHeading}),Y(`form`,{class:`form`,onSubmit:e=>void b(e),noValidate:!0,children:[Y(Q,{id:`token`,label:t.signIn.tokenLabel,hint:t.signIn.tokenHint,error:s,children:Y(`textarea`,{id:`token`,class:`textarea textarea-token`,rows:4,spellcheck:!1,autocomplete:`off`,value:a,"aria-invalid":s?!0:void 0,"aria-describedby":Z(`token`,t.signIn.tokenHint,s),onInput:e=>o(e.currentTarget.value)})}),Y(`button`,{type:`submit`,class:`button`,disabled:l!=null,children:l===`token`?t.signIn.checking:t.signIn.tokenSubmit})]})]})]})}function Ir({route:e,location:t}){switch(e.name){case`home`:return Y(kr,{search:t.search});case`caseStudy`:return Y(qn,{id:e.id});case`caseStudyNew`:return Y(ir,{id:null});case`caseStudyEdit`:return Y(ir,{id:e.id});case`initiative`:return Y(Ar,{id:e.id});case`signIn`:return Y(Fr,{search:t.search});case`notFound`:return Y(Fn,{})}}function Lr(){return Y(`svg`,{class:`brand-mark`,viewBox:`0 0 24 24`,width:`28`,height:`28`,"aria-hidden":`true`,focusable:`false`,children:Y(`path`,{d:`M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.6 5.7 21.5l1.7-7.3L2 9.5l7.1-.6z`})})}function Rr(){let e=W(),t=dn(),n=wt(),r=K(Je,{},{skip:!n}),i=n?r.data?.viewer??null:null,a={viewer:i,loading:n!=null&&r.loading&&!r.data},o=mn(t.path),s=R(null);L(()=>{ln()&&s.current?.focus()},[t]);let c=e=>o.name===e?`page`:void 0;return Y(Et.Provider,{value:a,children:[Y(`a`,{class:`skip-link`,href:`#main`,children:e.app.skipLink}),Y(`header`,{class:`site-header`,children:Y(`div`,{class:`wrap header-row`,children:[Y(`a`,{class:`brand`,href:X.home,children:[Y(Lr,{}),Y(`span`,{children:e.app.name})]}),Y(`nav`,{class:`site-nav`,"aria-label":e.app.mainNav,children:Y(`ul`,{children:[Y(`li`,{children:Y(`a`,{href:X.home,"aria-current":c(`home`),children:e.app.explore})}),Ot(i)&&Y(`li`,{children:Y(`a`,{href:X.caseStudyNew,"aria-current":c(`caseStudyNew`),children:e.app.newCaseStudy})}),!i&&Y(`li`,{children:Y(`a`,{href:X.signIn(),"aria-current":c(`signIn`),children:e.app.signIn})})]})}),Y(`div`,{class:`account`,children:[i&&Y(`p`,{class:`viewer`,children:[Y(`span`,{class:`visually-hidden`,children:[e.app.signedInAs,` `]}),Y(`span`,{class:`viewer-org`,children:i.organisation.name}),` `,Y(`span`,{class:`viewer-role`,children:[`(`,i.roles.map(t=>e.labels.role[t]).join(`, `),`)`]})]}),i&&Y(`button`,{type:`button`,class:`link-button`,onClick:()=>Ue(null),children:e.app.signOut}),Y(`button`,{type:`button`,class:`link-button lang-switch`,lang:yt()===`en`?`cy`:`en`,onClick:()=>xt(yt()===`en`?`cy`:`en`),children:e.app.switchLanguage})]})]})}),Y(`main`,{id:`main`,class:`wrap`,tabIndex:-1,ref:s,children:[Ve()&&!n&&o.name!==`signIn`&&Y(`div`,{class:`notice notice-warning`,role:`status`,children:Y(`a`,{href:X.signIn(t.path+t.search),children:e.signIn.expired})}),Y(Ir,{route:o,location:t},t.path)]}),Y(`footer`,{class:`site-footer`,children:Y(`div`,{class:`wrap`,children:Y(`p`,{children:e.app.footer})})})]})}document.documentElement.lang=yt(),fn();var zr=document.getElementById(`app`);zr&&M(Y(Rr,{}),zr);