var e,t,n,r,i,a,o,s,c,l,u,d=Symbol.for(`pv`),f={},p=[],m=/^m(i|n|o|s|text|space)$/,h=Array.isArray,g=p.slice,_=Object.assign;function v(e){e&&e.parentNode&&e.remove()}function y(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:d,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function b(e){return e.children}function x(e,t){this.props=e,this.context=t,this.__g=0}function S(e,t){if(t==null)return e.__&&S(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:S(e)}function C(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=_({constructor:d},r)).__v=r.__v+1,e.vnode&&e.vnode(n),A(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||S(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,oe(a,n,o),r.__=r.__e=null,n.__e!=i&&w(n))}function w(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),w(e)}function T(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(E)}function E(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&C(e)}finally{(i=n.length)&&(r||queueMicrotask)(E)}}function ee(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,_,v,y=r.__k||p,b=t.length;for(c=D(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=~h.__i&&y[h.__i]||f,h.__i=d,v=A(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&j(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=O(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function D(e,t,n,r,i){var a,o,s,c,l,u,f,p,m,g=n.length,_=g,v=0,x=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=y(null,o):h(o)?o=C[a]=y(b,{children:o}):o.constructor===d&&o.__b?o=C[a]=y(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+v,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=k(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?v--:l==c+1?v++:l!=c&&(l>c?v--:v++,x=1)):(~l||(i>g?v--:i<g&&v++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(x){for(u=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(v=0,p=u.length;v<p;)u[m=v+p>>1]<o.__i?v=m+1:p=m;u[v]=o.__i,f[a]=v+1}for(v=u.length;a--;)f[a]&&(f[a]==v?v--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=S(s)),ce(s,s));return r}function O(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=O(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=S(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function k(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function te(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function ne(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||te(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||te(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=re(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function re(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function A(t,n,r,i,a,o,s,c,l,u){var f,m,g,y,C,w,T,E,D,O,k,te,ne,re,A,oe,j,M,N=n.type;if(n.constructor!==d)return null;128&r.__u&&(l=32&r.__u,f=r.__c.__z)&&(n.__u|=l,m=o=[],f.nodeType==8?c=ie(f,o):o.push(f),c=o[0]||c),(f=e.__b)&&f(n);e:if(typeof N==`function`){g=s.length;try{if(E=n.props,D=(f=N.prototype)&&f.render,O=(f=N.contextType)&&i[f.__c],k=f?O?O.props.value:f.__:i,(y=r.__c)?(n.__c=y,2&y.__g&&(y.__g|=1)):(D?n.__c=y=new N(E,k):(n.__c=y=new x(E,k),y.constructor=N,y.render=le),O&&O.sub(y),y.state||(y.state={}),y.__n=i,y.__g|=8,y.__h=[],y.__k=[]),D&&(y.__s||(y.__s=y.state),N.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=_({},y.__s)),_(y.__s,N.getDerivedStateFromProps(E,y.__s)))),C=y.props,w=y.state,y.__v=n,r.__c){if(E!==C&&D&&!N.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,k),n.__v==r.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&!1===y.shouldComponentUpdate(E,y.__s,k)){n.__v!=r.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),p.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&s.push(y),c=S(r);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,k),D&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(C,w,T)})}else D&&!N.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),D&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=k,y.props=E,y.__P=t,y.__g&=-5,te=e.__r,ne=D?25:0;do y.__g&=-9,te&&te(n),f=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++ne<25);D&&(p.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(i=_({},i,y.getChildContext())),D&&r.__c&&y.getSnapshotBeforeUpdate&&(T=y.getSnapshotBeforeUpdate(C,w)),re=f&&f.type===b&&f.key==null?f.props.children:f,E.__P&&(f=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&ce(e,e)}),r.__k=null),c=r.__k?S(r,0):null),c=ee(t,h(re)?re:[re],n,r,i,a,o,s,c,l,u),E.__P&&(n.__e=null,c=f),n.__u&=-161,m&&m.some(v),y.__h.length&&s.push(y),1&y.__g&&(y.__g&=-4)}catch(t){if(s.length=g,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(j=o.indexOf(c||void 0))||(j=o.length);(M=o[j-1])&&M.nodeType==8;)j--;for(;j<o.length;j++)if(M=o[j]){if(o[j]=null,A){if(M==oe)break}else{if(M.nodeType!=8)break;M.data.startsWith(`$s`)&&(oe=ie(A=M))}}}if(!A){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;A=c}(f=ie(A=n.__c.__z||(n.__c.__z=A)))?(n.__e=A,c=f):n.__e=c,c&&=c.nextSibling}else o&&o.some(v)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||ae(n),e.__e(t,n,r)}}else c=n.__e=se(r.__e,n,r,i,a,o,s,l,u,t);return(f=e.diffed)&&f(n),c}function ie(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function ae(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ae))}function oe(t,n,r){for(var i=0;i<r.length;)j(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function se(t,n,r,i,a,o,s,c,l,u){var d,p,_,y,b,x,C,w,T=r.props||f,E=n.props,D=n.type;if(D==`svg`?a=`http://www.w3.org/2000/svg`:D==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(d=0;d<o.length;d++)if((b=o[d])&&(D?b.localName==D:b.nodeType==3)){t=b,o[d]=null;break}}if(!t){if(w=u.ownerDocument||document,!D)return w.createTextNode(E);t=w.createElementNS(a,D,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(D){if(u=D==`template`&&t.content||t,o=D==`textarea`&&E.defaultValue!=null?null:o&&g.call(u.childNodes),!c&&o)for(T={},d=0;d<t.attributes.length;d++)T[(b=t.attributes[d]).name]=b.value;for(d in T)b=T[d],d==`dangerouslySetInnerHTML`?_=b:d==`children`||d in E||d==`value`&&`defaultValue`in E||d==`checked`&&`defaultChecked`in E||ne(t,d,null,b,a);for(d in E)b=E[d],d==`children`?y=b:d==`dangerouslySetInnerHTML`?p=b:d==`value`?x=b:d==`checked`?C=b:c&&typeof b!=`function`||T[d]===b||ne(t,d,b,T[d],a);p?(c||_&&(p.__html==_.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),n.__k=[]):(_&&(t.textContent=``),(D==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&m.test(D))&&(a=`http://www.w3.org/1999/xhtml`),ee(u,h(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&S(r,0),c,l),o&&o.some(v)),c&&D!=`textarea`||(d=`value`,D==`progress`&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(D!=`progress`||x)||ne(t,d,x,T[d],a),d=`checked`,C!=null&&C!=t[d]&&ne(t,d,C,T[d],a))}else T===E||c&&t.data==E||(t.data=E);return t}function j(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function ce(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||j(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&ce(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=ie(i,o=[]))&&(i==t.__e&&o.some(v),v(a),v(i)),r||v(t.__e),t.__e=t.__c=t.__=null}function le(e,t,n){return this.constructor(e,n)}function M(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=y(b,{children:[t]}),a=[],o=[],A(n,n.__k,i||f,f,n.namespaceURI,i?null:n.firstChild?g.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),oe(a,n.__k,o),n.__k.props.children=null}function N(e){function t(e){var n,r;return this.getChildContext||(n=new Set,(r={})[t.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__g|=4,T(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n.delete(e),t&&t.call(e)}}),e.children}return t.__c=`__cC`+u++,t.__=e,t.Provider=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,x.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=_({},this.state)),typeof e==`function`&&(e=e(_({},n),this.props)),e&&(_(n,e),this.__v&&(t&&this.__k.push(t),T(this)))},x.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),T(this))},x.prototype.render=b,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={},u=0;var ue,P,de,fe,pe=Object.is,me=0,he=[],ge=[],F=e,_e=F.__b,ve=F.__r,ye=F.diffed,be=F.__c,xe=F.unmount,Se=F.__;function Ce(e,t){F.__h&&F.__h(P,e,me||t),me=0;var n=P.__H||(P.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function I(e){return me=1,we(Fe,e)}function we(e,t,n){var r=Ce(ue++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Fe(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);pe(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=P,!P.__f)){P.__f=!0;var i=P.shouldComponentUpdate;P.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,pe(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function L(e,t){var n=Ce(ue++,3);!F.__s&&Pe(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,P.__H.__h.push(n))}function Te(e){return me=5,Ee(function(){return{current:e}},[])}function Ee(e,t){var n=Ce(ue++,7);return Pe(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function De(e){var t=P.context[e.__c],n=Ce(ue++,9);return n.c=e,t?(n.__??(n.__=!0,t.sub(P)),t.props.value):e.__}function Oe(){var e;do{for(;e=ge.shift();)try{Me(e)}catch(t){F.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=he.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Me),t.__h.some(Ne),t.__h=[]}catch(n){t.__h=[],F.__e(n,e.__v)}}}while(ge.length)}F.__b=function(e){P=null,_e&&_e(e)},F.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Se&&Se(e,t)},F.__r=function(e){ve&&ve(e),ue=0;var t=(P=e.__c).__H;t&&(de==P?P.__h=[]:(t.__h.some(Me),t.__h.some(Ne),ue=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),de=P},F.diffed=function(e){ye&&ye(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&je(he.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),de=P=null},F.__c=function(e,t){t.some(function(e){try{e.__h.some(Me),e.__h=e.__h.filter(function(e){return!e.__||Ne(e)})}catch(t){e.__h=[function(){throw t}]}}),be&&be(e,t)},F.unmount=function(e){xe&&xe(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,je(ge.push(r))}else Me(r)}catch(e){t=e}}),r.__H=void 0,t&&F.__e(t,r.__v))};var ke=typeof requestAnimationFrame==`function`;function Ae(e){var t,n=function(){clearTimeout(r),ke&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);ke&&(t=requestAnimationFrame(n))}function je(e){e!=1&&fe==F.requestAnimationFrame||((fe=F.requestAnimationFrame)||Ae)(Oe)}function Me(e){var t=P,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),P=t}function Ne(e){var t=P;e.__c=e.__(),P=t}function Pe(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!pe(t,e[n])})}function Fe(e,t){return typeof t==`function`?t(e):t}var Ie=`costar.token`,Le=new Set,Re=!1;function ze(){try{return sessionStorage.getItem(Ie)}catch{return null}}var Be=ze();function Ve(){return Be}function He(){return Re}function Ue(){for(let e of Le)e()}function We(e){Be=e,Re=!1;try{e?sessionStorage.setItem(Ie,e):sessionStorage.removeItem(Ie)}catch{}Ue()}function Ge(){We(null),Re=!0,Ue()}function Ke(e){return Le.add(e),()=>Le.delete(e)}var R=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new R(`
    fragment CaseStudyCard on CaseStudy {
  id
  title
  summary
  coTypes
  serviceArea
  language
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
    `,{fragmentName:`CaseStudyCard`}),new R(`
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
    `,{fragmentName:`EvidenceItem`}),new R(`
    fragment InitiativeDetail on Initiative {
  id
  title
  summary
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
    title
    status
    adoptedAt
    commitments {
      party
      kind
      text
    }
    risks {
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
      title
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
}`,{fragmentName:`InitiativeDetail`});var qe=new R(`
    query Explore($filter: CaseStudyFilter, $first: Int!, $orderBy: CaseStudyOrder) {
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
  title
  summary
  coTypes
  serviceArea
  language
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
}`),Je=new R(`
    query ExploreMore($filter: CaseStudyFilter, $first: Int!, $after: String!, $orderBy: CaseStudyOrder) {
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
  title
  summary
  coTypes
  serviceArea
  language
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
}`),Ye=new R(`
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
    `),Xe=new R(`
    query SignInOrganisations {
  organisations(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `),Ze=new R(`
    query CaseStudyForEdit($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      title
      summary
      body
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
    `),Qe=new R(`
    query OwnInitiatives($owner: String!) {
  initiatives(first: 100, filter: {owner: $owner}, orderBy: {field: TITLE}) {
    nodes {
      id
      title
    }
  }
}
    `),$e=new R(`
    mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    version
  }
}
    `),et=new R(`
    mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
  updateCaseStudy(input: $input) {
    id
    version
  }
}
    `),tt=new R(`
    mutation PublishCaseStudy($id: ID!) {
  publishCaseStudy(id: $id) {
    id
    status
    version
  }
}
    `),nt=new R(`
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
    `),rt=new R(`
    query CaseStudyPage($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      title
      summary
      body
      coTypes
      serviceArea
      tags
      language
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
  peerReviews(first: 10, filter: {caseStudyId: $id, role: VISITOR}) {
    nodes {
      id
      kind
      status
      proposedFor
      createdAt
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
  title
  summary
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
    title
    status
    adoptedAt
    commitments {
      party
      kind
      text
    }
    risks {
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
      title
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}`),it=new R(`
    query InitiativePage($id: ID!) {
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
  title
  summary
  coTypes
  serviceArea
  language
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
  title
  summary
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
    title
    status
    adoptedAt
    commitments {
      party
      kind
      text
    }
    risks {
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
      title
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}`),z=class extends Error{errors;status;constructor(e,t){super(e.map(e=>e.message).join(`; `)||`HTTP ${t}`),this.name=`ApiError`,this.errors=e,this.status=t}has(e){return this.errors.some(t=>t.code===e)}};function at(e){let t=e.extensions??{};return{message:typeof e.message==`string`?e.message:`Unknown error`,code:typeof t.code==`string`?t.code:`UNKNOWN`,field:typeof t.field==`string`?t.field:null,currentVersion:typeof t.currentVersion==`number`?t.currentVersion:null}}async function B(e,t,n={}){let r=n.token===void 0?Ve():n.token,i={"Content-Type":`application/json`,Accept:`application/graphql-response+json, application/json`};r&&(i.Authorization=`Bearer ${r}`);let a;try{a=await fetch(`/graphql`,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal??null})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:new z([{message:`The server could not be reached.`,code:`NETWORK`,field:null,currentVersion:null}],0)}let o=null;try{o=await a.json()}catch{o=null}let s=(o?.errors??[]).map(at);if(s.some(e=>e.code===`UNAUTHENTICATED`)&&r&&n.token===void 0&&Ge(),s.length>0||o?.data==null)throw s.length===0&&s.push({message:`The server answered ${a.status}.`,code:`HTTP_${a.status}`,field:null,currentVersion:null}),new z(s,a.status);return o.data}var ot=e=>`${e} astudiaeth achos`,st={app:{name:`Archwiliwr Costar`,skipLink:`Neidio i'r prif gynnwys`,mainNav:`Prif lywio`,explore:`Archwilio`,newCaseStudy:`Astudiaeth achos newydd`,signIn:`Mewngofnodi`,signOut:`Allgofnodi`,signedInAs:`Wedi mewngofnodi fel`,switchLanguage:`English`,footer:`Arferion cyd-gynhyrchu a rennir gan gynghorau’r rhwydwaith.`,titleSuffix:`Archwiliwr Costar`},common:{loading:`Wrthi’n llwytho…`,retry:`Rhoi cynnig arall arni`,errorTitle:`Aeth rhywbeth o’i le`,notFoundTitle:`Heb ddod o hyd i’r dudalen`,notFoundBody:`Does dim byd yn y cyfeiriad hwn, neu nid oes gennych hawl i’w weld. Efallai y gwelwch fwy o fewngofnodi fel aelod.`,backToExplorer:`Yn ôl i’r Archwiliwr`,none:`Dim`,notKnown:`Anhysbys`,council:`Cyngor`,gssCode:`Cod GSS`,nation:`Gwlad`,serviceArea:`Maes gwasanaeth`,coTypes:`Y Cyd-`,step:`Cam y Seren`,language:`Iaith`,visibility:`Gwelededd`,status:`Statws`,tags:`Tagiau`,published:`Cyhoeddwyd`,updated:`Diweddarwyd ddiwethaf`,draft:`Drafft`,scrollHint:`Sgroliwch i’r ochr`},errors:{NETWORK:`Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad a rhoi cynnig arall arni.`,NOT_FOUND:`Nid yw’r cofnod hwn yn bodoli, neu nid oes gennych hawl i’w weld.`,FORBIDDEN:`Nid oes gennych hawl i wneud hyn.`,UNAUTHENTICATED:`Nid yw eich mewngofnodi’n ddilys mwyach. Mewngofnodwch eto.`,BAD_USER_INPUT:`Nid yw peth o’r hyn a anfonwyd yn ddilys.`,CONFLICT:`Mae rhywun arall wedi newid y cofnod hwn ers i chi ei agor.`,RATE_LIMITED:`Gormod o geisiadau. Arhoswch ennyd a rhoi cynnig arall arni.`,QUERY_TOO_COMPLEX:`Gofynnodd y cais am ormod ar unwaith.`,INTERNAL_SERVER_ERROR:`Methodd y gweinydd ag ateb. Rhowch gynnig arall arni yn nes ymlaen.`,fallback:`Methodd y cais.`},labels:{co:{CO_COMMISSIONING:`Cyd-gomisiynu`,CO_DESIGN:`Cyd-ddylunio`,CO_DELIVERY:`Cyd-gyflawni`,CO_ASSESSMENT:`Cyd-asesu`},coHint:{CO_COMMISSIONING:`Blaenoriaethu a chynllunio gwasanaethau gyda defnyddwyr a chymunedau`,CO_DESIGN:`Ailgynllunio gwasanaethau gyda dinasyddion`,CO_DELIVERY:`Darparu gwasanaethau a gweithredu ataliol gyda’n gilydd`,CO_ASSESSMENT:`Dinasyddion yn gwerthuso ansawdd a chanlyniadau`},step:{MAP_IT:`Mapio`,FOCUS_IT:`Ffocysu`,PEOPLE_IT:`Pobl`,MARKET_IT:`Marchnata`,GROW_IT:`Tyfu`},nation:{ENGLAND:`Lloegr`,SCOTLAND:`Yr Alban`,WALES:`Cymru`,NORTHERN_IRELAND:`Gogledd Iwerddon`},area:{ADULT_SOCIAL_CARE:`Gofal cymdeithasol i oedolion`,CHILDREN_AND_YOUNG_PEOPLE:`Plant a phobl ifanc`,HEALTH:`Iechyd`,COMMUNITY_SAFETY:`Diogelwch cymunedol`,ENVIRONMENT:`Yr amgylchedd`,HOUSING:`Tai`,EDUCATION:`Addysg`,CULTURE_AND_LEISURE:`Diwylliant a hamdden`,TRANSPORT:`Trafnidiaeth`,COMMISSIONING_AND_FUNDING:`Comisiynu a chyllido`,WHOLE_COUNCIL:`Y cyngor cyfan`,OTHER:`Arall`},visibility:{PRIVATE:`Preifat: eich sefydliad chi yn unig`,NETWORK:`Rhwydwaith: aelodau’r rhwydwaith`,PUBLIC:`Cyhoeddus: unrhyw un, ar ôl ei gyhoeddi`},visibilityShort:{PRIVATE:`Preifat`,NETWORK:`Rhwydwaith`,PUBLIC:`Cyhoeddus`},status:{DRAFT:`Drafft`,PUBLISHED:`Wedi’i chyhoeddi`,ARCHIVED:`Wedi’i harchifo`},stepKind:{ACTIVITY:`Gweithgareddau`,OUTPUT:`Allbynnau`,INTERMEDIATE_OUTCOME:`Canlyniadau interim`,FINAL_OUTCOME:`Canlyniadau terfynol`},peerReviewKind:{PEER_REVIEW:`Adolygiad gan gymheiriaid`,STUDY_VISIT:`Ymweliad astudio`},peerReviewStatus:{REQUESTED:`Wedi gofyn`,ACCEPTED:`Derbyniwyd`,DECLINED:`Gwrthodwyd`,COMPLETED:`Wedi’i gwblhau`,CANCELLED:`Wedi’i ganslo`},party:{SERVICE:`Y gwasanaeth cyhoeddus`,COMMUNITY:`Y gymuned`},commitmentKind:{RIGHT:`Hawliau`,RESPONSIBILITY:`Cyfrifoldebau`},riskLevel:{LOW:`Isel`,MEDIUM:`Canolig`,HIGH:`Uchel`},charterStatus:{DRAFT:`Drafft`,ADOPTED:`Wedi’i fabwysiadu`,RETIRED:`Wedi’i ddirwyn i ben`},indicatorKind:{OUTCOME:`Dangosydd canlyniad`,PROCESS:`Dangosydd proses`},quadrant:{QUICK_WIN:`Enillion cyflym`,MAJOR_PROJECT:`Prosiect mawr`,FILL_IN:`Tasg lenwi`,THANKLESS_TASK:`Tasg ddiddiolch`},role:{VIEWER:`Gwyliwr`,EDITOR:`Golygydd`,ADMIN:`Gweinyddwr`,SYNC:`Partner cysoni`},order:{UPDATED_AT:`Diweddarwyd yn ddiweddar`,PUBLISHED_AT:`Cyhoeddwyd yn ddiweddar`,TITLE:`Teitl (A i Y)`,RELEVANCE:`Y gyfatebiaeth orau`},languageName:e=>({en:`Saesneg`,cy:`Cymraeg`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`adroddiad am effaith`,`cydberthynas`,`achosiaeth`,`ailadrodd annibynnol`,`ar raddfa`][e-1]??``},home:{title:`Astudiaethau achos cyd-gynhyrchu`,titleSearch:e=>`“${e}”: astudiaethau achos`,intro:`Astudiaethau achos gan gynghorau ledled y DU, wedi’u gosod ar y Seren Cyd-gynhyrchu: y Pedwar Cyd- (sut mae dinasyddion yn cymryd rhan) a phum cam y daith.`,searchLabel:`Chwilio’r astudiaethau achos`,searchHint:`Geiriau yn y teitl, y crynodeb, y tagiau neu’r testun`,searchButton:`Chwilio`,starHeading:`Y Seren Cyd-gynhyrchu`,starCaption:`Astudiaethau achos fesul Cyd- a cham`,starHint:`Dewiswch rif i ddangos yr astudiaethau achos hynny; dewiswch ef eto i ddangos y cyfan. Dewiswch Gyd- neu gam i hidlo yn ôl hwnnw yn unig.`,starCorner:`Cyd- / cam`,coButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y Cyd- hwn yn unig`,stepButton:(e,t)=>t?`${e}: tynnu’r hidlydd`:`${e}: dangos y cam hwn yn unig`,cellLabel:(e,t,n,r)=>`${ot(e)}: ${t} yn ${n}${r?` (yn cael eu dangos; dewiswch i ddangos y cyfan)`:``}`,filtersHeading:`Hidlwyr`,facetCo:`Y Cyd-`,facetStep:`Cam y Seren`,facetArea:`Maes gwasanaeth`,facetNation:`Gwlad`,facetLanguage:`Iaith`,facetEvidence:`Tystiolaeth ar y llwybr`,evidenceHint:`Safonau Tystiolaeth Nesta: 1 adroddiad am effaith, 2 cydberthynas, 3 achosiaeth, 4 ailadrodd annibynnol, 5 ar raddfa.`,anyArea:`Pob maes gwasanaeth`,anyEvidence:`Unrhyw dystiolaeth, neu ddim`,evidenceAtLeast:e=>`Lefel ${e} neu uwch`,resultsHeading:`Astudiaethau achos`,count:e=>ot(e),showing:(e,t)=>`Yn dangos ${e} o ${t}`,sortLabel:`Trefnu yn ôl`,loadMore:`Llwytho rhagor`,loadingMore:`Wrthi’n llwytho rhagor…`,noResults:`Does dim astudiaethau achos yn cyfateb i’r hidlwyr hyn.`,clearFilters:`Clirio pob hidlydd`,searchFor:e=>`Chwilio: “${e}”`,removeFilter:e=>`Tynnu’r hidlydd: ${e}`,activeFilters:`Hidlwyr sy’n cael eu defnyddio`},caseStudy:{about:`Am yr astudiaeth achos hon`,councilHeading:`Cyngor`,initiative:`Menter`,noInitiative:`Nid yw’r astudiaeth achos hon wedi’i chysylltu â menter y gallwch ei gweld.`,edit:`Golygu’r astudiaeth achos hon`,publish:`Cyhoeddi`,publishing:`Wrthi’n cyhoeddi…`,publishedNow:`Mae’r astudiaeth achos wedi’i chyhoeddi.`,saved:`Mae eich newidiadau wedi’u cadw.`,created:`Mae’r astudiaeth achos wedi’i chreu fel drafft.`,storyHeading:`Y stori`},initiative:{heading:`Menter`,about:`Am y fenter hon`,caseStudiesHeading:`Astudiaethau achos y fenter hon`,noCaseStudies:`Does dim astudiaethau achos o’r fenter hon y gallwch eu gweld.`,appraisal:`Arfarniad Ffocysu`,impact:`Effaith (1 i 5)`,ease:`Rhwyddineb (1 i 5)`,quadrant:`Matrics Effaith`,benefitCost:`Cymhareb budd a chost`,annualCost:`Cost y flwyddyn`,annualBenefit:`Budd y flwyddyn`,notAppraised:`Heb ei arfarnu eto.`,openInitiative:`Agor y fenter`},pathway:{heading:`Llwybr at ganlyniadau`,intro:`Sut y disgwylir i’r gweithgareddau arwain at ganlyniadau, a’r dystiolaeth sydd gan bob cyswllt.`,none:`Nid oes llwybr wedi’i gofnodi ar gyfer y fenter hon eto.`,diagramTitle:e=>`Llwybr at ganlyniadau ${e}`,diagramDesc:(e,t,n)=>`${e} cam a ${t} cyswllt; mae gan ${n} cyswllt fwlch tystiolaeth. Rhestrir pob cyswllt isod gyda’i dystiolaeth.`,legend:`N: lefel Nesta · M: lefel Maryland · E: asesiad EMMIE · Llinell doriog goch: bwlch tystiolaeth`,gap:`Bwlch`,gapBadge:`Bwlch tystiolaeth`,gapsSummary:(e,t,n)=>`Nid oes gan ${e} o ${t} cyswllt dystiolaeth ar lefel Nesta ${n} neu uwch.`,noGaps:e=>`Mae gan bob cyswllt dystiolaeth ar lefel Nesta ${e} neu uwch.`,linksHeading:`Y cysylltiadau a’u tystiolaeth`,leadsTo:`yn arwain at`,noEvidence:`Dim tystiolaeth wedi’i chofnodi.`,nesta:(e,t)=>`Lefel Nesta ${e} (${t})`,maryland:e=>`Lefel Maryland ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effaith`,mechanism:`Mecanwaith`,moderators:`Cymedrolwyr`,implementation:`Gweithredu`,economics:`Economeg`},source:`Ffynhonnell`,observed:`Dyddiad`},indicators:{heading:`Dangosyddion canlyniadau`,none:`Dim dangosyddion wedi’u cofnodi.`,baseline:`Llinell sylfaen`,target:`Targed`,latest:`Diweddaraf`,change:`Newid ers y llinell sylfaen`,progressLabel:e=>`Cynnydd tuag at y targed: ${e}`,progress:e=>`${e}% o’r ffordd o’r llinell sylfaen i’r targed`,noProgress:`Ni ellir cyfrifo’r cynnydd: mae angen llinell sylfaen, targed a mesuriad.`,on:(e,t)=>`${e} ar ${t}`},charter:{heading:`Siarter Cyd-gynhyrchu`,none:`Dim siarter wedi’i chofnodi ar gyfer y fenter hon.`,adopted:`Mabwysiadwyd`,risksHeading:`Risgiau a sut y cânt eu rheoli`,noRisks:`Dim risgiau wedi’u cofnodi.`,risk:`Risg`,likelihood:`Tebygolrwydd`,impact:`Effaith`,mitigation:`Sut y caiff ei reoli`,signatories:`Llofnodwyd gan`,nothing:`Dim wedi’u cofnodi.`},similar:{heading:`Mentrau tebyg gan gynghorau eraill`,none:`Heb ddod o hyd i fentrau tebyg gan gynghorau eraill.`,match:e=>`${e}% yn cyfateb`,why:`Pam mae’n cyfateb`,sharedCo:`Cyd- yn gyffredin`,sharedTags:`Tagiau yn gyffredin`,sharedWords:`Geiriau yn gyffredin`,sameArea:`Yr un maes gwasanaeth`,furtherAlong:`Ymhellach ar hyd y pum cam`},peerReview:{heading:`Gofyn am adolygiad gan gymheiriaid`,intro:e=>`Gofynnwch i ${e} groesawu eich sefydliad ar gyfer adolygiad gan gymheiriaid neu ymweliad astudio am yr astudiaeth achos hon.`,signInPrompt:`Mewngofnodwch fel aelod o’r rhwydwaith i ofyn am adolygiad gan gymheiriaid.`,editorsOnly:`Golygyddion eich sefydliad sy’n gwneud ceisiadau.`,kind:`Pa fath o ymweliad`,date:`Dyddiad arfaethedig (dewisol)`,dateHint:`Heddiw neu’n hwyrach.`,message:`Neges i’r sefydliad sy’n croesawu (dewisol)`,submit:`Anfon y cais`,sending:`Wrthi’n anfon…`,sent:(e,t,n)=>`Anfonwyd eich cais am ${e.toLowerCase()} at ${t}. Statws: ${n}.`,yours:`Eich ceisiadau am yr astudiaeth achos hon`,on:e=>`arfaethedig ar gyfer ${e}`},editor:{titleNew:`Astudiaeth achos newydd`,titleEdit:e=>`Golygu: ${e}`,titleEditShort:`Golygu astudiaeth achos`,chooseServiceArea:`Dewiswch faes gwasanaeth.`,intro:e=>`Ar gyfer ${e}. Mae astudiaethau achos newydd yn dechrau fel drafftiau.`,introEdit:e=>`Un o astudiaethau achos ${e}.`,errorSummary:`Mae problem`,title:`Teitl`,titleHint:`1 i 200 nod.`,summary:`Crynodeb`,summaryHint:`Un neu ddwy frawddeg ar gyfer rhestrau a chanlyniadau chwilio; hyd at 1,000 nod.`,body:`Yr hanes llawn`,bodyHint:`Testun plaen. Gadewch linell wag rhwng paragraffau.`,coTypes:`Y Cyd- a ddangosir`,coTypesHint:`Dewiswch o leiaf un.`,serviceArea:`Maes gwasanaeth`,tags:`Tagiau`,tagsHint:`Rhowch goma rhwng tagiau, er enghraifft: pobl-ifanc, comisiynu`,language:`Iaith y testun`,visibility:`Pwy gaiff ei darllen`,initiative:`Menter`,noInitiative:`Heb ei chysylltu â menter`,save:`Cadw’r newidiadau`,create:`Creu’r astudiaeth achos`,saving:`Wrthi’n cadw…`,cancel:`Canslo`,conflict:e=>`Mae rhywun arall wedi cadw’r astudiaeth achos hon ers i chi ei hagor${e==null?``:` (mae bellach ar fersiwn ${e})`}.`,reload:`Taflu fy newidiadau a llwytho’u rhai nhw`,overwrite:`Cadw fy fersiwn i dros eu fersiwn nhw`,needSignIn:`Mewngofnodwch fel golygydd i ysgrifennu astudiaethau achos.`,notEditor:`Ni all eich rôl ysgrifennu astudiaethau achos: gall golygyddion a gweinyddwyr.`,notOwner:e=>`Dim ond golygyddion ${e} all olygu’r astudiaeth achos hon.`,fieldError:e=>`Gwall: ${e}`,otherErrors:`Gwrthododd y gweinydd y newid`},signIn:{title:`Mewngofnodi`,intro:`Mae aelodau’r rhwydwaith yn mewngofnodi gyda thocyn a roddwyd i’w sefydliad. Ar ôl mewngofnodi, fe welwch hefyd yr hyn y mae’r rhwydwaith yn ei rannu â’i aelodau.`,tokenHeading:`Mewngofnodi gyda thocyn`,tokenLabel:`Eich tocyn`,tokenHint:`Gludwch y tocyn (JWT) a roddodd eich sefydliad i chi. Fe’i cedwir yn y tab porwr hwn yn unig.`,tokenSubmit:`Mewngofnodi`,checking:`Wrthi’n gwirio…`,tokenEmpty:`Gludwch docyn yn gyntaf.`,tokenRefused:`Ni dderbyniodd y gweinydd y tocyn hwn.`,devHeading:`Mewngofnodi datblygu`,devIntro:`Mae’r gweinydd hwn yn rhedeg ar ei osodiad datblygu: gall roi tocyn i unrhyw sefydliad yn y rhwydwaith arddangos.`,organisation:`Sefydliad`,role:`Rôl`,devSubmit:`Rhoi tocyn datblygu`,devFailed:`Ni roddodd y gweinydd docyn.`,signedIn:(e,t)=>`Rydych wedi mewngofnodi ar gyfer ${e} (${t}).`,expired:`Daeth eich mewngofnodi i ben neu cafodd ei ddirymu. Mewngofnodwch eto.`}},ct=(e,t,n)=>`${e} ${e===1?t:n}`,lt={app:{name:`Costar Explorer`,skipLink:`Skip to main content`,mainNav:`Main`,explore:`Explore`,newCaseStudy:`New case study`,signIn:`Sign in`,signOut:`Sign out`,signedInAs:`Signed in as`,switchLanguage:`Cymraeg`,footer:`Co-production practice shared by the councils of the network.`,titleSuffix:`Costar Explorer`},common:{loading:`Loading…`,retry:`Try again`,errorTitle:`Something went wrong`,notFoundTitle:`Page not found`,notFoundBody:`There is nothing at this address, or you are not allowed to see it. Signing in as a member may show more.`,backToExplorer:`Back to the Explorer`,none:`None`,notKnown:`Not known`,council:`Council`,gssCode:`GSS code`,nation:`Nation`,serviceArea:`Service area`,coTypes:`Co's`,step:`Star step`,language:`Language`,visibility:`Visibility`,status:`Status`,tags:`Tags`,published:`Published`,updated:`Last updated`,draft:`Draft`,scrollHint:`Scrolls sideways`},errors:{NETWORK:`The server could not be reached. Check your connection and try again.`,NOT_FOUND:`This record does not exist, or you are not allowed to see it.`,FORBIDDEN:`You are not allowed to do this.`,UNAUTHENTICATED:`Your sign-in is no longer valid. Please sign in again.`,BAD_USER_INPUT:`Some of what was sent is not valid.`,CONFLICT:`Someone else changed this record since you opened it.`,RATE_LIMITED:`Too many requests. Wait a moment and try again.`,QUERY_TOO_COMPLEX:`The request asked for too much at once.`,INTERNAL_SERVER_ERROR:`The server failed to answer. Try again later.`,fallback:`The request failed.`},labels:{co:{CO_COMMISSIONING:`Co-commissioning`,CO_DESIGN:`Co-design`,CO_DELIVERY:`Co-delivery`,CO_ASSESSMENT:`Co-assessment`},coHint:{CO_COMMISSIONING:`Prioritising and planning services with users and communities`,CO_DESIGN:`Redesigning services with citizens`,CO_DELIVERY:`Delivering services and preventive action together`,CO_ASSESSMENT:`Citizens as evaluators of quality and outcomes`},step:{MAP_IT:`Map It`,FOCUS_IT:`Focus It`,PEOPLE_IT:`People It`,MARKET_IT:`Market It`,GROW_IT:`Grow It`},nation:{ENGLAND:`England`,SCOTLAND:`Scotland`,WALES:`Wales`,NORTHERN_IRELAND:`Northern Ireland`},area:{ADULT_SOCIAL_CARE:`Adult social care`,CHILDREN_AND_YOUNG_PEOPLE:`Children and young people`,HEALTH:`Health`,COMMUNITY_SAFETY:`Community safety`,ENVIRONMENT:`Environment`,HOUSING:`Housing`,EDUCATION:`Education`,CULTURE_AND_LEISURE:`Culture and leisure`,TRANSPORT:`Transport`,COMMISSIONING_AND_FUNDING:`Commissioning and funding`,WHOLE_COUNCIL:`Whole council`,OTHER:`Other`},visibility:{PRIVATE:`Private: your organisation only`,NETWORK:`Network: members of the network`,PUBLIC:`Public: anyone, once published`},visibilityShort:{PRIVATE:`Private`,NETWORK:`Network`,PUBLIC:`Public`},status:{DRAFT:`Draft`,PUBLISHED:`Published`,ARCHIVED:`Archived`},stepKind:{ACTIVITY:`Activities`,OUTPUT:`Outputs`,INTERMEDIATE_OUTCOME:`Intermediate outcomes`,FINAL_OUTCOME:`Final outcomes`},peerReviewKind:{PEER_REVIEW:`Peer review`,STUDY_VISIT:`Study visit`},peerReviewStatus:{REQUESTED:`Requested`,ACCEPTED:`Accepted`,DECLINED:`Declined`,COMPLETED:`Completed`,CANCELLED:`Cancelled`},party:{SERVICE:`The public service`,COMMUNITY:`The community`},commitmentKind:{RIGHT:`Rights`,RESPONSIBILITY:`Responsibilities`},riskLevel:{LOW:`Low`,MEDIUM:`Medium`,HIGH:`High`},charterStatus:{DRAFT:`Draft`,ADOPTED:`Adopted`,RETIRED:`Retired`},indicatorKind:{OUTCOME:`Outcome indicator`,PROCESS:`Process indicator`},quadrant:{QUICK_WIN:`Quick win`,MAJOR_PROJECT:`Major project`,FILL_IN:`Fill-in`,THANKLESS_TASK:`Thankless task`},role:{VIEWER:`Viewer`,EDITOR:`Editor`,ADMIN:`Administrator`,SYNC:`Sync partner`},order:{UPDATED_AT:`Recently updated`,PUBLISHED_AT:`Recently published`,TITLE:`Title (A to Z)`,RELEVANCE:`Best match`},languageName:e=>({en:`English`,cy:`Welsh`})[e.split(`-`)[0]??``]??e,nestaLevel:e=>[`an account of impact`,`correlation`,`causation`,`independent replication`,`scaled`][e-1]??``},home:{title:`Co-production case studies`,titleSearch:e=>`“${e}”: case studies`,intro:`Case studies from councils across the UK, placed on the Co-Production Star: the Four Co's (how citizens take part) and the five steps of the journey.`,searchLabel:`Search case studies`,searchHint:`Words in the title, summary, tags or text`,searchButton:`Search`,starHeading:`The Co-Production Star`,starCaption:`Case studies by Co and step`,starHint:`Choose a number to show those case studies; choose it again to show all. Choose a Co or a step to filter by it alone.`,starCorner:`Co / step`,coButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this Co`,stepButton:(e,t)=>t?`${e}: remove filter`:`${e}: show only this step`,cellLabel:(e,t,n,r)=>`${ct(e,`case study`,`case studies`)}: ${t} at ${n}${r?` (shown; choose to show all)`:``}`,filtersHeading:`Filters`,facetCo:`Co's`,facetStep:`Star step`,facetArea:`Service area`,facetNation:`Nation`,facetLanguage:`Language`,facetEvidence:`Evidence on the pathway`,evidenceHint:`Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.`,anyArea:`All service areas`,anyEvidence:`Any, or none`,evidenceAtLeast:e=>`Level ${e} or higher`,resultsHeading:`Case studies`,count:e=>ct(e,`case study`,`case studies`),showing:(e,t)=>`Showing ${e} of ${t}`,sortLabel:`Sort by`,loadMore:`Load more`,loadingMore:`Loading more…`,noResults:`No case studies match these filters.`,clearFilters:`Clear all filters`,searchFor:e=>`Search: “${e}”`,removeFilter:e=>`Remove filter: ${e}`,activeFilters:`Filters in use`},caseStudy:{about:`About this case study`,councilHeading:`Council`,initiative:`Initiative`,noInitiative:`This case study is not linked to an initiative you can see.`,edit:`Edit this case study`,publish:`Publish`,publishing:`Publishing…`,publishedNow:`The case study is published.`,saved:`Your changes are saved.`,created:`The case study is created as a draft.`,storyHeading:`The story`},initiative:{heading:`Initiative`,about:`About this initiative`,caseStudiesHeading:`Case studies of this initiative`,noCaseStudies:`No case studies of this initiative that you can see.`,appraisal:`Focus It appraisal`,impact:`Impact (1 to 5)`,ease:`Ease (1 to 5)`,quadrant:`Impact Matrix`,benefitCost:`Benefit-cost ratio`,annualCost:`Cost per year`,annualBenefit:`Benefit per year`,notAppraised:`Not appraised yet.`,openInitiative:`Open the initiative`},pathway:{heading:`Pathway to outcomes`,intro:`How the activities are expected to lead to outcomes, and the evidence that each link holds.`,none:`No pathway has been recorded for this initiative yet.`,diagramTitle:e=>`Pathway to outcomes of ${e}`,diagramDesc:(e,t,n)=>`${ct(e,`step`,`steps`)} and ${ct(t,`link`,`links`)}; ${ct(n,`link has`,`links have`)} an evidence gap. Each link is listed below with its evidence.`,legend:`N: Nesta level · M: Maryland level · E: EMMIE assessed · Dashed red: evidence gap`,gap:`Gap`,gapBadge:`Evidence gap`,gapsSummary:(e,t,n)=>`${e} of ${ct(t,`link has`,`links have`)} no evidence at Nesta level ${n} or above.`,noGaps:e=>`Every link has evidence at Nesta level ${e} or above.`,linksHeading:`Links and their evidence`,leadsTo:`leads to`,noEvidence:`No evidence recorded.`,nesta:(e,t)=>`Nesta level ${e} (${t})`,maryland:e=>`Maryland level ${e}`,emmie:`EMMIE`,emmieDims:{effect:`Effect`,mechanism:`Mechanism`,moderators:`Moderators`,implementation:`Implementation`,economics:`Economics`},source:`Source`,observed:`Observed`},indicators:{heading:`Outcome indicators`,none:`No indicators recorded.`,baseline:`Baseline`,target:`Target`,latest:`Latest`,change:`Change since baseline`,progressLabel:e=>`Progress towards target: ${e}`,progress:e=>`${e}% of the way from baseline to target`,noProgress:`Progress cannot be worked out: a baseline, target and measurement are all needed.`,on:(e,t)=>`${e} on ${t}`},charter:{heading:`Co-Production Charter`,none:`No charter recorded for this initiative.`,adopted:`Adopted`,risksHeading:`Risks and how they are managed`,noRisks:`No risks recorded.`,risk:`Risk`,likelihood:`Likelihood`,impact:`Impact`,mitigation:`How it is managed`,signatories:`Signed by`,nothing:`None recorded.`},similar:{heading:`Similar initiatives of other councils`,none:`No similar initiatives of other councils found.`,match:e=>`${e}% match`,why:`Why it matches`,sharedCo:`Shared Co's`,sharedTags:`Shared tags`,sharedWords:`Shared words`,sameArea:`Same service area`,furtherAlong:`Further along the five steps`},peerReview:{heading:`Request a peer review`,intro:e=>`Ask ${e} to host your organisation for a peer review or a study visit about this case study.`,signInPrompt:`Sign in as a member of the network to request a peer review.`,editorsOnly:`Requests are made by editors of your organisation.`,kind:`What kind of visit`,date:`Proposed date (optional)`,dateHint:`Today or later.`,message:`Message to the host (optional)`,submit:`Send the request`,sending:`Sending…`,sent:(e,t,n)=>`Your request for a ${e.toLowerCase()} was sent to ${t}. Status: ${n}.`,yours:`Your requests about this case study`,on:e=>`proposed for ${e}`},editor:{titleNew:`New case study`,titleEdit:e=>`Edit: ${e}`,titleEditShort:`Edit a case study`,chooseServiceArea:`Choose a service area.`,intro:e=>`For ${e}. New case studies start as drafts.`,introEdit:e=>`A case study of ${e}.`,errorSummary:`There is a problem`,title:`Title`,titleHint:`1 to 200 characters.`,summary:`Summary`,summaryHint:`One or two sentences for lists and search results; up to 1,000 characters.`,body:`The full account`,bodyHint:`Plain text. Leave a blank line between paragraphs.`,coTypes:`Co's the case shows`,coTypesHint:`Choose at least one.`,serviceArea:`Service area`,tags:`Tags`,tagsHint:`Separate tags with commas, for example: young-people, commissioning`,language:`Language of the text`,visibility:`Who may read it`,initiative:`Initiative`,noInitiative:`Not linked to an initiative`,save:`Save changes`,create:`Create the case study`,saving:`Saving…`,cancel:`Cancel`,conflict:e=>`Someone else saved this case study since you opened it${e==null?``:` (it is now at version ${e})`}.`,reload:`Discard my changes and load theirs`,overwrite:`Save my version over theirs`,needSignIn:`Sign in as an editor to write case studies.`,notEditor:`Your role cannot write case studies: editors and administrators can.`,notOwner:e=>`Only editors of ${e} can edit this case study.`,fieldError:e=>`Error: ${e}`,otherErrors:`The server refused the change`},signIn:{title:`Sign in`,intro:`Members of the network sign in with a token issued for their organisation. Signed in, you also see what the network shares with its members.`,tokenHeading:`Sign in with a token`,tokenLabel:`Your token`,tokenHint:`Paste the bearer token (a JWT) your organisation gave you. It is kept only in this browser tab.`,tokenSubmit:`Sign in`,checking:`Checking…`,tokenEmpty:`Paste a token first.`,tokenRefused:`The server did not accept this token.`,devHeading:`Development sign-in`,devIntro:`This server runs on its development default: it can issue a token for any organisation of the demo network.`,organisation:`Organisation`,role:`Role`,devSubmit:`Issue a development token`,devFailed:`The server did not issue a token.`,signedIn:(e,t)=>`You are signed in for ${e} (${t}).`,expired:`Your sign-in expired or was revoked. Please sign in again.`}},ut=`costar.ui-lang`,dt={en:lt,cy:st},ft=new Set;function pt(){try{let e=localStorage.getItem(ut);if(e===`en`||e===`cy`)return e}catch{}return navigator.language.toLowerCase().startsWith(`cy`)?`cy`:`en`}var V=pt();function mt(){return V}function ht(){return dt[V]}function gt(e){V=e,document.documentElement.lang=e;try{localStorage.setItem(ut,e)}catch{}for(let e of ft)e()}function H(){let[,e]=I(V);return L(()=>{let t=()=>e(V);return ft.add(t),()=>{ft.delete(t)}},[]),dt[V]}function _t(){return V===`cy`?`cy-GB`:`en-GB`}function vt(e,t){return new Intl.NumberFormat(_t(),t).format(e)}function U(e){let t=new Date(e.length===10?`${e}T00:00:00Z`:e);return Number.isNaN(t.getTime())?e:new Intl.DateTimeFormat(_t(),{dateStyle:`long`,timeZone:`UTC`}).format(t)}function yt(){let[e,t]=I(Ve());return L(()=>Ke(()=>t(Ve())),[]),e}function bt(e){return e instanceof z?e:new z([{message:String(e),code:`UNKNOWN`,field:null,currentVersion:null}],0)}function W(e,t,n={}){let r=yt(),i=`${JSON.stringify(t)}|${r??``}|${n.skip?`skip`:``}`,[a,o]=I(0),[s,c]=I({key:``,loading:!n.skip}),l=Te(t);l.current=t,L(()=>{if(n.skip){c({key:i,loading:!1});return}let t=new AbortController;return c(e=>({key:i,data:n.keepPrevious||e.key===i?e.data:void 0,loading:!0})),B(e,l.current,{signal:t.signal}).then(e=>c({key:i,data:e,loading:!1}),e=>{t.signal.aborted||c(t=>({key:i,data:t.data,error:bt(e),loading:!1}))}),()=>t.abort()},[i,a]);let u=s.key===i;return{data:u||n.keepPrevious?s.data:void 0,error:u?s.error:void 0,loading:!u||s.loading,reload:()=>o(e=>e+1)}}var xt=N({viewer:null,loading:!1});function St(){return De(xt)}function Ct(e){return e?.roles.some(e=>e===`EDITOR`||e===`ADMIN`)??!1}function G(e){let t=H();L(()=>{document.title=e?`${e} – ${t.app.titleSuffix}`:t.app.titleSuffix},[e,t])}function wt(e){let t=ht(),n=e.errors[0];if(!n)return t.errors.fallback;let r=t.errors[n.code];return n.code===`BAD_USER_INPUT`||n.code===`FORBIDDEN`||n.code===`CONFLICT`?`${r??t.errors.fallback} ${n.message}`:r??`${t.errors.fallback} ${n.message}`}function K(){return e=>e}var Tt=K()([`CO_COMMISSIONING`,`CO_DESIGN`,`CO_DELIVERY`,`CO_ASSESSMENT`]),Et=K()([`MAP_IT`,`FOCUS_IT`,`PEOPLE_IT`,`MARKET_IT`,`GROW_IT`]),Dt=K()([`ENGLAND`,`SCOTLAND`,`WALES`,`NORTHERN_IRELAND`]),Ot=K()([`ADULT_SOCIAL_CARE`,`CHILDREN_AND_YOUNG_PEOPLE`,`HEALTH`,`COMMUNITY_SAFETY`,`ENVIRONMENT`,`HOUSING`,`EDUCATION`,`CULTURE_AND_LEISURE`,`TRANSPORT`,`COMMISSIONING_AND_FUNDING`,`WHOLE_COUNCIL`,`OTHER`]),kt=K()([`PRIVATE`,`NETWORK`,`PUBLIC`]),At=K()([`ACTIVITY`,`OUTPUT`,`INTERMEDIATE_OUTCOME`,`FINAL_OUTCOME`]),jt=K()([`UPDATED_AT`,`PUBLISHED_AT`,`TITLE`,`RELEVANCE`]),Mt=[1,2,3,4,5];function Nt(e,t){return t!=null&&e.includes(t)}var Pt=Symbol.for(`pv`),Ft=0;Array.isArray;function q(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Pt,__v:--Ft,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}function It({coTypes:e}){let t=H();return q(`ul`,{class:`chips`,children:Tt.filter(t=>e.includes(t)).map(e=>q(`li`,{class:`chip chip-${e.toLowerCase().replace(`_`,`-`)}`,children:t.labels.co[e]},e))})}function Lt({step:e}){return q(`span`,{class:`step-badge`,children:H().labels.step[e]})}var Rt=176,zt=128,Bt=12,Vt=16,Ht=9,Ut=22,Wt=21,Gt=6;function Kt(e,t=Wt,n=Gt){let r=[],i=``;for(let n of e.split(/\s+/).filter(Boolean))i&&i.length+1+n.length>t?(r.push(i),i=n):i=i?`${i} ${n}`:n;if(i&&r.push(i),r.length>n){let e=r.slice(0,n);return e[n-1]=`${(e[n-1]??``).replace(/\s*\S*$/,``)}…`,e}return r}function qt(e,t){let n=null;for(let r of e){let e=t(r);e!=null&&(n==null||e>n)&&(n=e)}return n}function Jt(e,t,n){let r=[];t&&r.push(n);let i=qt(e.evidence,e=>e.nestaLevel),a=qt(e.evidence,e=>e.marylandLevel);return i!=null&&r.push(`N${i}`),a!=null&&r.push(`M${a}`),e.evidence.some(e=>e.emmie)&&r.push(`E`),r.join(` · `)||`–`}function Yt({pathway:e,gapIds:t,title:n,id:r}){let i=H(),a=new Map,o=At.map(t=>{let n=e.steps.filter(e=>e.kind===t);return n.reduce((e,t)=>e+Kt(t.label).length*Vt+18,0)+Math.max(0,n.length-1)*Ut}),s=Math.max(...o,60);At.forEach((t,n)=>{let r=Bt+n*304,i=46+(s-(o[n]??0))/2;for(let n of e.steps.filter(e=>e.kind===t)){let e=Kt(n.label),o=e.length*Vt+18;a.set(n.id,{x:r,y:i,h:o,lines:e,kind:t}),i+=o+Ut}});let c=24+At.length*Rt+(At.length-1)*zt,l=58+s,u=e.links.filter(e=>t.has(e.id)).length;return q(`svg`,{class:`pathway-svg`,width:c,height:l,viewBox:`0 0 ${c} ${l}`,role:`img`,"aria-labelledby":`${r}-title ${r}-desc`,children:[q(`title`,{id:`${r}-title`,children:i.pathway.diagramTitle(n)}),q(`desc`,{id:`${r}-desc`,children:i.pathway.diagramDesc(e.steps.length,e.links.length,u)}),q(`defs`,{children:[q(`marker`,{id:`${r}-arrow`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:q(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head`})}),q(`marker`,{id:`${r}-arrow-gap`,viewBox:`0 0 10 10`,refX:`9`,refY:`5`,markerWidth:`7`,markerHeight:`7`,orient:`auto-start-reverse`,children:q(`path`,{d:`M 0 0 L 10 5 L 0 10 z`,class:`arrow-head arrow-head-gap`})})]}),At.map((e,t)=>q(`text`,{class:`pathway-col-head`,x:Bt+t*304+Rt/2,y:24,"text-anchor":`middle`,children:i.labels.stepKind[e]},e)),e.links.map(e=>{let n=a.get(e.from.id),i=a.get(e.to.id);if(!n||!i)return null;let o=t.has(e.id),s=n.x+Rt,c=n.y+n.h/2,l=i.x-2,u=i.y+i.h/2,d=Math.max(40,(l-s)/2);return q(`path`,{class:`pathway-link${o?` is-gap`:``}`,d:`M ${s} ${c} C ${s+d} ${c}, ${l-d} ${u}, ${l} ${u}`,"marker-end":`url(#${r}-arrow${o?`-gap`:``})`},e.id)}),e.steps.map(e=>{let t=a.get(e.id);return t?q(`g`,{class:`pathway-node kind-${t.kind.toLowerCase().replace(/_/g,`-`)}`,children:[q(`rect`,{x:t.x,y:t.y,width:Rt,height:t.h,rx:`6`}),q(`text`,{x:t.x+Ht,y:t.y+Ht+12,children:t.lines.map((e,n)=>q(`tspan`,{x:t.x+Ht,dy:n===0?0:Vt,children:e},n))})]},e.id):null}),e.links.map((e,n)=>{let r=a.get(e.from.id),o=a.get(e.to.id);if(!r||!o)return null;let s=t.has(e.id),c=Jt(e,s,i.pathway.gap),l=(r.x+Rt+o.x)/2,u=(r.y+r.h/2+o.y+o.h/2)/2,d=c.length*7+36,f=l-d/2;return q(`g`,{class:`pathway-label${s?` is-gap`:``}`,children:[q(`rect`,{x:f,y:u-11,width:d,height:`22`,rx:`11`}),q(`circle`,{cx:f+11,cy:u,r:`9`,class:`pathway-label-number`}),q(`text`,{x:f+11,y:u+4,"text-anchor":`middle`,class:`pathway-label-number-text`,children:n+1}),q(`text`,{x:f+24,y:u+4,children:c})]},e.id)})]})}function Xt({evidence:e}){let t=H(),n=e.emmie,r=n?[`effect`,`mechanism`,`moderators`,`implementation`,`economics`].filter(e=>n[e]):[];return q(`li`,{class:`evidence`,children:[q(`p`,{children:e.summary}),q(`ul`,{class:`grades`,children:[e.nestaLevel!=null&&q(`li`,{class:`grade`,children:t.pathway.nesta(e.nestaLevel,t.labels.nestaLevel(e.nestaLevel))}),e.marylandLevel!=null&&q(`li`,{class:`grade`,children:t.pathway.maryland(e.marylandLevel)}),n&&q(`li`,{class:`grade`,children:t.pathway.emmie})]}),r.length>0&&n&&q(`dl`,{class:`emmie`,children:r.map(e=>q(`div`,{children:[q(`dt`,{children:t.pathway.emmieDims[e]}),q(`dd`,{children:n[e]})]},e))}),(e.source!=null||e.observedOn!=null)&&q(`p`,{class:`evidence-source`,children:[e.source&&q(`span`,{children:[t.pathway.source,`: `,e.source]}),e.observedOn&&q(`span`,{children:[t.pathway.observed,`: `,U(e.observedOn)]})]})]})}function Zt({initiative:e}){let t=H(),{pathway:n}=e,r=new Set(e.evidenceGaps.map(e=>e.id)),i=new Map(n.steps.map(e=>[e.id,e.label])),a=n.links.filter(e=>r.has(e.id)).length;return q(`section`,{class:`section`,"aria-labelledby":`pathway-h`,children:[q(`h2`,{id:`pathway-h`,children:t.pathway.heading}),n.steps.length===0?q(`p`,{class:`empty`,children:t.pathway.none}):q(b,{children:[q(`p`,{children:t.pathway.intro}),q(`p`,{class:a>0?`gap-summary has-gaps`:`gap-summary`,children:a>0?q(b,{children:[q(`span`,{class:`gap-icon`,"aria-hidden":`true`,children:`!`}),t.pathway.gapsSummary(a,n.links.length,2)]}):t.pathway.noGaps(2)}),q(`div`,{class:`diagram-scroll`,role:`region`,"aria-label":t.pathway.diagramTitle(e.title),tabIndex:0,children:q(Yt,{pathway:n,gapIds:r,title:e.title,id:`pathway`})}),q(`p`,{class:`legend`,children:t.pathway.legend}),q(`h3`,{children:t.pathway.linksHeading}),q(`ol`,{class:`pathway-links`,children:n.links.map((e,n)=>{let a=r.has(e.id);return q(`li`,{class:`pathway-link-item${a?` is-gap`:``}`,"data-link-id":e.id,children:[q(`p`,{class:`link-title`,children:[q(`span`,{class:`link-number`,children:n+1}),q(`span`,{children:[i.get(e.from.id),` `,q(`span`,{class:`leads-to`,children:t.pathway.leadsTo}),` `,i.get(e.to.id)]}),a&&q(`strong`,{class:`gap-badge`,children:t.pathway.gapBadge})]}),e.evidence.length===0?q(`p`,{class:`empty`,children:t.pathway.noEvidence}):q(`ul`,{class:`evidence-list`,children:e.evidence.map(e=>q(Xt,{evidence:e},e.id))})]},e.id)})})]})]})}var Qt=new Set;function $t(){return{path:window.location.pathname,search:window.location.search}}var en=$t();function tn(){en=$t();for(let e of Qt)e()}var nn=!1;function rn(){let e=nn;return nn=!1,e}function an(e,t={}){let n=new URL(e,window.location.href),r=n.pathname+n.search+n.hash;(r!==window.location.pathname+window.location.search+window.location.hash||t.replace)&&(t.replace?window.history.replaceState(null,``,r):window.history.pushState(null,``,r),nn=!t.keepFocus,tn(),t.keepScroll||window.scrollTo(0,0))}function on(){let[e,t]=I(en);return L(()=>{let e=()=>t(en);return Qt.add(e),e(),()=>{Qt.delete(e)}},[]),e}function sn(){window.addEventListener(`popstate`,()=>{let e=$t();(e.path!==en.path||e.search!==en.search)&&(nn=!0,tn())}),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target instanceof Element?e.target.closest(`a`):null;if(!t?.href||t.hasAttribute(`download`)||t.target&&t.target!==`_self`)return;let n=new URL(t.href);n.origin===window.location.origin&&(n.pathname===window.location.pathname&&n.search===window.location.search&&n.hash||(e.preventDefault(),an(n.pathname+n.search+n.hash)))})}function cn(e){try{return decodeURIComponent(e)}catch{return e}}function ln(e){let t=e.split(`/`).filter(e=>e!==``),[n,r,i]=t;if(t.length===0)return{name:`home`};if(n===`sign-in`&&t.length===1)return{name:`signIn`};if(n===`case-studies`&&r!==void 0){if(t.length===2)return r===`new`?{name:`caseStudyNew`}:{name:`caseStudy`,id:cn(r)};if(t.length===3&&i===`edit`)return{name:`caseStudyEdit`,id:cn(r)}}return n===`initiatives`&&r!==void 0&&t.length===2?{name:`initiative`,id:cn(r)}:{name:`notFound`}}var J={home:`/`,caseStudy:e=>`/case-studies/${encodeURIComponent(e)}`,caseStudyEdit:e=>`/case-studies/${encodeURIComponent(e)}/edit`,caseStudyNew:`/case-studies/new`,initiative:e=>`/initiatives/${encodeURIComponent(e)}`,signIn:e=>e?`/sign-in?next=${encodeURIComponent(e)}`:`/sign-in`},un=[`PEER_REVIEW`,`STUDY_VISIT`];function dn(){return new Date().toISOString().slice(0,10)}function fn({caseStudyId:e,host:t,existing:n,path:r,onSent:i}){let a=H(),{viewer:o}=St(),[s,c]=I(`PEER_REVIEW`),[l,u]=I(``),[d,f]=I(``),[p,m]=I(!1),[h,g]=I(null),[_,v]=I(null);if(!o)return q(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[q(`h2`,{id:`peer-h`,children:a.peerReview.heading}),q(`p`,{children:q(`a`,{href:J.signIn(r),children:a.peerReview.signInPrompt})})]});let y=async n=>{n.preventDefault(),m(!0),g(null),v(null);try{let n=await B(nt,{input:{kind:s,caseStudyId:e,host:t.slug,proposedFor:l||null,message:d.trim()||null}});v(n.requestPeerReview),i(),f(``),u(``)}catch(e){if(e instanceof z)g(e);else throw e}finally{m(!1)}},x=e=>h?.errors.find(t=>t.field===e||t.field===`input.${e}`)?.message??null,S=x(`proposedFor`),C=x(`message`);return q(`section`,{class:`section`,"aria-labelledby":`peer-h`,children:[q(`h2`,{id:`peer-h`,children:a.peerReview.heading}),q(`p`,{children:a.peerReview.intro(t.name)}),q(`div`,{"aria-live":`polite`,class:`live`,children:_&&q(`div`,{class:`notice notice-success peer-review-sent`,children:q(`p`,{children:a.peerReview.sent(a.labels.peerReviewKind[_.kind],_.host.name,a.labels.peerReviewStatus[_.status])})})}),n.length>0&&q(b,{children:[q(`h3`,{children:a.peerReview.yours}),q(`ul`,{class:`plain-list`,children:n.map(e=>q(`li`,{children:[a.labels.peerReviewKind[e.kind],`: `,a.labels.peerReviewStatus[e.status],e.proposedFor?`, ${a.peerReview.on(U(e.proposedFor))}`:``]},e.id))})]}),Ct(o)?q(`form`,{class:`form`,onSubmit:e=>void y(e),noValidate:!0,children:[h&&!S&&!C&&q(`p`,{class:`error-text`,role:`alert`,children:wt(h)}),q(`fieldset`,{class:`field`,children:[q(`legend`,{class:`label`,children:a.peerReview.kind}),q(`div`,{class:`radios`,children:un.map(e=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,id:`pr-kind-${e}`,name:`pr-kind`,checked:s===e,onChange:()=>c(e)}),q(`label`,{for:`pr-kind-${e}`,children:a.labels.peerReviewKind[e]})]},e))})]}),q(`div`,{class:`field${S?` has-error`:``}`,children:[q(`label`,{for:`pr-date`,class:`label`,children:a.peerReview.date}),q(`p`,{class:`hint`,id:`pr-date-hint`,children:a.peerReview.dateHint}),S&&q(`p`,{class:`field-error`,id:`pr-date-error`,children:a.editor.fieldError(S)}),q(`input`,{type:`date`,id:`pr-date`,class:`input input-date`,min:dn(),value:l,"aria-invalid":S?!0:void 0,"aria-describedby":S?`pr-date-hint pr-date-error`:`pr-date-hint`,onInput:e=>u(e.currentTarget.value)})]}),q(`div`,{class:`field${C?` has-error`:``}`,children:[q(`label`,{for:`pr-message`,class:`label`,children:a.peerReview.message}),C&&q(`p`,{class:`field-error`,id:`pr-message-error`,children:a.editor.fieldError(C)}),q(`textarea`,{id:`pr-message`,class:`textarea`,rows:4,value:d,"aria-invalid":C?!0:void 0,"aria-describedby":C?`pr-message-error`:void 0,onInput:e=>f(e.currentTarget.value)})]}),q(`button`,{type:`submit`,class:`button`,disabled:p,children:p?a.peerReview.sending:a.peerReview.submit})]}):q(`p`,{class:`hint`,children:a.peerReview.editorsOnly})]})}function pn({indicator:e}){let t=H(),n=n=>n==null?t.common.notKnown:`${vt(n,{maximumFractionDigits:2})} ${e.unit}`,r=e.progressToTarget;return q(`li`,{class:`indicator`,children:[q(`h3`,{id:`ind-${e.id.replace(/[^A-Za-z0-9_-]/g,``)}`,children:e.name}),q(`p`,{class:`badge`,children:t.labels.indicatorKind[e.kind]}),q(`dl`,{class:`summary-list`,children:[q(`div`,{children:[q(`dt`,{children:t.indicators.baseline}),q(`dd`,{children:n(e.baseline)})]}),q(`div`,{children:[q(`dt`,{children:t.indicators.target}),q(`dd`,{children:n(e.target)})]}),q(`div`,{children:[q(`dt`,{children:t.indicators.latest}),q(`dd`,{children:e.latest?t.indicators.on(n(e.latest.value),U(e.latest.measuredOn)):t.common.notKnown})]}),e.change!=null&&q(`div`,{children:[q(`dt`,{children:t.indicators.change}),q(`dd`,{children:[e.change>0?`+`:``,n(e.change)]})]})]}),r==null?q(`p`,{class:`hint`,children:t.indicators.noProgress}):q(`div`,{class:`progress`,children:[q(`meter`,{min:0,max:1,low:.34,high:.99,optimum:1,value:Math.min(1,Math.max(0,r)),"aria-label":t.indicators.progressLabel(e.name)}),q(`span`,{children:t.indicators.progress(Math.round(r*100))})]})]})}function mn({initiative:e}){let t=H();return q(`section`,{class:`section`,"aria-labelledby":`indicators-h`,children:[q(`h2`,{id:`indicators-h`,children:t.indicators.heading}),e.indicators.length===0?q(`p`,{class:`empty`,children:t.indicators.none}):q(`ul`,{class:`indicators`,children:e.indicators.map(e=>q(pn,{indicator:e},e.id))})]})}var hn=[`SERVICE`,`COMMUNITY`],gn=[`RIGHT`,`RESPONSIBILITY`];function _n({charter:e}){let t=H();return q(`article`,{class:`charter`,children:[q(`h3`,{children:e.title}),q(`p`,{class:`charter-status`,children:[q(`span`,{class:`badge`,children:t.labels.charterStatus[e.status]}),e.adoptedAt&&q(`span`,{children:[` `,t.charter.adopted,`: `,U(e.adoptedAt)]})]}),q(`div`,{class:`commitments`,children:hn.map(n=>q(`div`,{class:`party`,children:[q(`h4`,{children:t.labels.party[n]}),gn.map(r=>{let i=e.commitments.filter(e=>e.party===n&&e.kind===r);return q(`div`,{class:`commitment-group`,children:[q(`h5`,{children:t.labels.commitmentKind[r]}),i.length===0?q(`p`,{class:`empty`,children:t.charter.nothing}):q(`ul`,{children:i.map((e,t)=>q(`li`,{children:e.text},t))})]},r)})]},n))}),q(`h4`,{children:t.charter.risksHeading}),e.risks.length===0?q(`p`,{class:`empty`,children:t.charter.noRisks}):q(`ul`,{class:`risks`,children:e.risks.map((e,n)=>q(`li`,{class:`risk`,children:[q(`p`,{class:`risk-description`,children:e.description}),q(`dl`,{class:`risk-levels`,children:[q(`div`,{children:[q(`dt`,{children:t.charter.likelihood}),q(`dd`,{class:`level level-${e.likelihood.toLowerCase()}`,children:t.labels.riskLevel[e.likelihood]})]}),q(`div`,{children:[q(`dt`,{children:t.charter.impact}),q(`dd`,{class:`level level-${e.impact.toLowerCase()}`,children:t.labels.riskLevel[e.impact]})]})]}),q(`p`,{class:`risk-mitigation`,children:[q(`strong`,{children:[t.charter.mitigation,`:`]}),` `,e.mitigation]})]},n))}),e.signatories.length>0&&q(b,{children:[q(`h4`,{children:t.charter.signatories}),q(`ul`,{class:`signatories`,children:e.signatories.map((e,n)=>q(`li`,{children:[e.name,`, `,e.role,` (`,t.labels.party[e.party],`)`,e.signedOn?`, ${U(e.signedOn)}`:``]},n))})]})]})}function vn({initiative:e}){let t=H();return q(`section`,{class:`section`,"aria-labelledby":`charter-h`,children:[q(`h2`,{id:`charter-h`,children:t.charter.heading}),e.charters.length===0?q(`p`,{class:`empty`,children:t.charter.none}):e.charters.map(e=>q(_n,{charter:e},e.id))]})}function yn({initiative:e}){let t=H();return q(`section`,{class:`section`,"aria-labelledby":`similar-h`,children:[q(`h2`,{id:`similar-h`,children:t.similar.heading}),e.peerMatches.length===0?q(`p`,{class:`empty`,children:t.similar.none}):q(`ul`,{class:`matches`,children:e.peerMatches.map(e=>q(`li`,{class:`match`,children:[q(`h3`,{class:`match-title`,children:q(`a`,{href:J.initiative(e.initiative.id),children:e.initiative.title})}),q(`p`,{class:`result-meta`,children:[q(`span`,{class:`result-council`,children:e.initiative.owner.name}),q(`span`,{children:t.labels.nation[e.initiative.owner.nation]}),q(Lt,{step:e.initiative.starStep}),q(`span`,{class:`match-score`,children:t.similar.match(Math.round(e.score*100))})]}),q(It,{coTypes:e.initiative.coTypes}),q(`h4`,{class:`visually-hidden`,children:t.similar.why}),q(`ul`,{class:`reasons`,children:[e.sharedCoTypes.length>0&&q(`li`,{children:[t.similar.sharedCo,`: `,e.sharedCoTypes.map(e=>t.labels.co[e]).join(`, `)]}),e.sharedTags.length>0&&q(`li`,{children:[t.similar.sharedTags,`: `,e.sharedTags.join(`, `)]}),e.sharedWords.length>0&&q(`li`,{children:[t.similar.sharedWords,`: `,e.sharedWords.join(`, `)]}),e.sameServiceArea&&q(`li`,{children:t.similar.sameArea}),e.furtherAlong&&q(`li`,{children:t.similar.furtherAlong})]})]},e.initiative.id))})]})}function bn({initiative:e}){let t=H(),n=e.appraisal,r=e=>e==null?t.common.notKnown:vt(e,{style:`currency`,currency:n.currency??`GBP`,maximumFractionDigits:0});return n.impact==null&&n.ease==null&&n.annualCost==null&&n.annualBenefit==null?q(`p`,{class:`empty`,children:t.initiative.notAppraised}):q(`dl`,{class:`summary-list`,children:[n.impact!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.impact}),q(`dd`,{children:n.impact})]}),n.ease!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.ease}),q(`dd`,{children:n.ease})]}),n.quadrant&&q(`div`,{children:[q(`dt`,{children:t.initiative.quadrant}),q(`dd`,{children:t.labels.quadrant[n.quadrant]})]}),n.annualCost!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.annualCost}),q(`dd`,{children:r(n.annualCost)})]}),n.annualBenefit!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.annualBenefit}),q(`dd`,{children:r(n.annualBenefit)})]}),n.benefitCostRatio!=null&&q(`div`,{children:[q(`dt`,{children:t.initiative.benefitCost}),q(`dd`,{children:vt(n.benefitCostRatio,{maximumFractionDigits:2})})]})]})}function Y({label:e}){let t=H();return q(`p`,{class:`loading`,role:`status`,children:[q(`span`,{class:`spinner`,"aria-hidden":`true`}),e??t.common.loading]})}function xn({error:e,onRetry:t}){let n=H();return q(`div`,{class:`notice notice-error`,role:`alert`,children:[q(`h2`,{class:`notice-title`,children:n.common.errorTitle}),q(`p`,{children:wt(e)}),t&&q(`button`,{type:`button`,class:`button button-secondary`,onClick:t,children:n.common.retry})]})}function Sn({kind:e,children:t}){return q(`div`,{class:`notice notice-${e}`,role:`status`,children:t})}var Cn=null;function wn(e){Cn=e}function Tn(){let e=Cn;return Cn=null,e}function En(){let e=H();return G(e.common.notFoundTitle),q(b,{children:[q(`h1`,{children:e.common.notFoundTitle}),q(`p`,{children:e.common.notFoundBody}),q(`p`,{children:q(`a`,{href:J.home,children:e.common.backToExplorer})})]})}function Dn({text:e}){return q(b,{children:e.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean).map((e,t)=>q(`p`,{class:`prose-paragraph`,children:e},t))})}function On({id:e}){let t=H(),{viewer:n}=St(),r=W(rt,{id:e}),[i,a]=I(null),[o,s]=I(!1),[c,l]=I(null);L(()=>a(Tn()),[e]);let u=r.data?.node,d=u?.__typename===`CaseStudy`?u:null;if(G(d?d.title:r.loading?t.common.loading:t.common.notFoundTitle),r.error&&!r.data)return q(b,{children:[q(`h1`,{children:t.common.errorTitle}),q(xn,{error:r.error,onRetry:r.reload})]});if(!r.data)return q(Y,{});if(!d)return q(En,{});let f=n?.organisation.slug===d.owner.slug,p=f&&Ct(n),m=d.initiative,h=async()=>{s(!0),l(null);try{await B(tt,{id:d.id}),a(t.caseStudy.publishedNow),r.reload()}catch(e){e instanceof z&&l(e)}finally{s(!1)}};return q(`article`,{class:`case-study`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:J.home,children:t.common.backToExplorer})}),i&&q(Sn,{kind:`success`,children:i}),q(`header`,{class:`page-header`,lang:d.language,children:[q(`h1`,{children:d.title}),q(`p`,{class:`lead`,children:d.summary})]}),p&&q(`div`,{class:`actions`,children:[q(`a`,{class:`button`,href:J.caseStudyEdit(d.id),children:t.caseStudy.edit}),d.status===`DRAFT`&&q(`button`,{type:`button`,class:`button button-secondary`,disabled:o,onClick:()=>void h(),children:o?t.caseStudy.publishing:t.caseStudy.publish}),c&&q(`p`,{class:`error-text`,role:`alert`,children:wt(c)})]}),q(`div`,{class:`two-col`,children:[q(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[q(`h2`,{id:`about-h`,children:t.caseStudy.about}),q(`dl`,{class:`summary-list council-details`,children:[q(`div`,{children:[q(`dt`,{children:t.common.council}),q(`dd`,{class:`council-name`,children:d.owner.name})]}),q(`div`,{children:[q(`dt`,{children:t.common.gssCode}),q(`dd`,{class:`council-gss`,children:d.owner.gssCode??t.common.none})]}),q(`div`,{children:[q(`dt`,{children:t.common.nation}),q(`dd`,{class:`council-nation`,children:t.labels.nation[d.owner.nation]})]}),q(`div`,{children:[q(`dt`,{children:t.common.serviceArea}),q(`dd`,{children:t.labels.area[d.serviceArea]})]}),q(`div`,{children:[q(`dt`,{children:t.common.coTypes}),q(`dd`,{children:q(It,{coTypes:d.coTypes})})]}),m&&q(`div`,{children:[q(`dt`,{children:t.caseStudy.initiative}),q(`dd`,{children:[q(`a`,{href:J.initiative(m.id),children:m.title}),` `,q(Lt,{step:m.starStep})]})]}),q(`div`,{children:[q(`dt`,{children:t.common.language}),q(`dd`,{children:t.labels.languageName(d.language)})]}),q(`div`,{children:[q(`dt`,{children:t.common.status}),q(`dd`,{children:[t.labels.status[d.status],` · `,t.labels.visibilityShort[d.visibility]]})]}),d.publishedAt&&q(`div`,{children:[q(`dt`,{children:t.common.published}),q(`dd`,{children:U(d.publishedAt)})]}),q(`div`,{children:[q(`dt`,{children:t.common.updated}),q(`dd`,{children:U(d.updatedAt)})]}),d.tags.length>0&&q(`div`,{children:[q(`dt`,{children:t.common.tags}),q(`dd`,{children:q(`ul`,{class:`tags`,children:d.tags.map(e=>q(`li`,{children:e},e))})})]})]})]}),q(`section`,{class:`section prose`,"aria-labelledby":`story-h`,lang:d.language,children:[q(`h2`,{id:`story-h`,lang:mt(),children:t.caseStudy.storyHeading}),q(Dn,{text:d.body})]})]}),m?q(b,{children:[q(Zt,{initiative:m}),q(mn,{initiative:m}),q(vn,{initiative:m}),q(yn,{initiative:m})]}):q(`p`,{class:`empty section`,children:t.caseStudy.noInitiative}),!f&&q(fn,{caseStudyId:d.id,host:d.owner,existing:r.data.peerReviews.nodes,path:J.caseStudy(d.id),onSent:r.reload})]})}function X(e,t,n){let r=[t?`${e}-hint`:null,n?`${e}-error`:null].filter(Boolean);return r.length>0?r.join(` `):void 0}function kn({id:e,error:t}){let n=H();return t?q(`p`,{class:`field-error`,id:`${e}-error`,children:n.editor.fieldError(t)}):null}function Z({id:e,label:t,hint:n,error:r,children:i}){return q(`div`,{class:`field${r?` has-error`:``}`,children:[q(`label`,{for:e,class:`label`,children:t}),n&&q(`p`,{class:`hint`,id:`${e}-hint`,children:n}),q(kn,{id:e,error:r}),i]})}var An=[`title`,`summary`,`body`,`coTypes`,`serviceArea`,`initiativeId`,`tags`,`language`,`visibility`],jn={title:``,summary:``,body:``,coTypes:[],serviceArea:``,tags:``,language:`en`,visibility:`NETWORK`,initiativeId:``};function Mn(e){return{title:e.title,summary:e.summary,body:e.body,coTypes:[...e.coTypes],serviceArea:e.serviceArea,tags:e.tags.join(`, `),language:e.language,visibility:e.visibility,initiativeId:e.initiative?.id??``}}function Nn(e){if(!e.field)return null;let t=e.field.replace(/^input\./,``).split(/[.[]/)[0]??``;return Nt(An,t)?t:null}function Pn(e){return e.split(`,`).map(e=>e.trim()).filter(Boolean)}function Fn({title:e,children:t}){return G(e),q(b,{children:[q(`h1`,{children:e}),q(`p`,{children:t})]})}function In({id:e}){let t=H(),{viewer:n,loading:r}=St(),i=e?t.editor.titleEditShort:t.editor.titleNew;return r?q(Y,{}):n?Ct(n)?e?q(Ln,{id:e,viewer:n}):q(Rn,{viewer:n,initial:jn,loaded:null}):q(Fn,{title:i,children:t.editor.notEditor}):q(Fn,{title:i,children:q(`a`,{href:J.signIn(e?J.caseStudyEdit(e):J.caseStudyNew),children:t.editor.needSignIn})})}function Ln({id:e,viewer:t}){let n=H(),r=W(Ze,{id:e}),i=r.data?.node,a=i?.__typename===`CaseStudy`?i:null;return r.error&&!r.data?q(xn,{error:r.error,onRetry:r.reload}):r.data?a?a.owner.slug===t.organisation.slug?q(Rn,{viewer:t,initial:Mn(a),loaded:a,onReload:r.reload},`${a.id}:${a.version}`):q(Fn,{title:n.editor.titleEdit(a.title),children:n.editor.notOwner(a.owner.name)}):q(En,{}):q(Y,{})}function Rn({viewer:e,initial:t,loaded:n,onReload:r}){let i=H(),[a,o]=I(t),[s,c]=I(n?.version??0),[l,u]=I(!1),[d,f]=I(null),p=Te(null),m=W(Qe,{owner:e.organisation.slug}),h=n?i.editor.titleEdit(n.title):i.editor.titleNew;G(h),L(()=>{d&&p.current?.focus()},[d]);let g=(e,t)=>o(n=>({...n,[e]:t})),_=new Map,v=[];for(let e of d?.errors??[]){let t=e.code===`BAD_USER_INPUT`?Nn(e):null;t&&!_.has(t)?_.set(t,e.message):t||v.push(e)}let y=d?.errors.find(e=>e.code===`CONFLICT`&&!e.field)??null,x=async(e=s)=>{u(!0),f(null);try{if(a.serviceArea===``)throw new z([{message:i.editor.chooseServiceArea,code:`BAD_USER_INPUT`,field:`serviceArea`,currentVersion:null}],0);let t={title:a.title,summary:a.summary,body:a.body,coTypes:a.coTypes,serviceArea:a.serviceArea,tags:Pn(a.tags),language:a.language,visibility:a.visibility,initiativeId:a.initiativeId||null};if(n){let r=await B(et,{input:{id:n.id,expectedVersion:e,...t}});c(r.updateCaseStudy.version),wn(i.caseStudy.saved),an(J.caseStudy(r.updateCaseStudy.id))}else{let e=await B($e,{input:t});wn(i.caseStudy.created),an(J.caseStudy(e.createCaseStudy.id))}}catch(e){if(e instanceof z)f(e);else throw e}finally{u(!1)}},S=e=>`f-${e}`,C=e=>_.get(e)??null,w=e=>_.has(e)?!0:void 0,T={title:i.editor.title,summary:i.editor.summary,body:i.editor.body,coTypes:i.editor.coTypes,serviceArea:i.editor.serviceArea,initiativeId:i.editor.initiative,tags:i.editor.tags,language:i.editor.language,visibility:i.editor.visibility},E=e=>{(e===`coTypes`||e===`visibility`?document.querySelector(`#${S(e)} input`):document.getElementById(S(e)))?.focus()},ee=[`en`,`cy`,...Nt([`en`,`cy`],a.language)?[]:[a.language]];return q(`div`,{class:`editor`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:n?J.caseStudy(n.id):J.home,children:i.editor.cancel})}),q(`h1`,{children:h}),q(`p`,{class:`lead`,children:n?i.editor.introEdit(e.organisation.name):i.editor.intro(e.organisation.name)}),d&&q(`div`,{class:`error-summary`,role:`alert`,tabIndex:-1,ref:p,"aria-labelledby":`error-summary-h`,children:[q(`h2`,{id:`error-summary-h`,children:i.editor.errorSummary}),y?q(b,{children:[q(`p`,{children:i.editor.conflict(y.currentVersion)}),q(`div`,{class:`actions`,children:[q(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>r?.(),children:i.editor.reload}),y.currentVersion!=null&&q(`button`,{type:`button`,class:`button button-warning`,onClick:()=>void x(y.currentVersion??s),children:i.editor.overwrite})]})]}):q(`ul`,{children:[[..._.entries()].map(([e,t])=>q(`li`,{children:q(`a`,{href:`#${S(e)}`,onClick:t=>{t.preventDefault(),E(e)},children:[T[e],`: `,t]})},e)),v.map((e,t)=>q(`li`,{children:wt(new z([e],0))},`g${t}`))]})]}),q(`form`,{class:`form`,noValidate:!0,onSubmit:e=>{e.preventDefault(),x()},children:[q(Z,{id:S(`title`),label:i.editor.title,hint:i.editor.titleHint,error:C(`title`),children:q(`input`,{type:`text`,id:S(`title`),class:`input`,value:a.title,maxLength:400,"aria-invalid":w(`title`),"aria-describedby":X(S(`title`),i.editor.titleHint,C(`title`)),onInput:e=>g(`title`,e.currentTarget.value)})}),q(Z,{id:S(`summary`),label:i.editor.summary,hint:i.editor.summaryHint,error:C(`summary`),children:q(`textarea`,{id:S(`summary`),class:`textarea`,rows:3,value:a.summary,"aria-invalid":w(`summary`),"aria-describedby":X(S(`summary`),i.editor.summaryHint,C(`summary`)),onInput:e=>g(`summary`,e.currentTarget.value)})}),q(Z,{id:S(`body`),label:i.editor.body,hint:i.editor.bodyHint,error:C(`body`),children:q(`textarea`,{id:S(`body`),class:`textarea textarea-long`,rows:14,value:a.body,"aria-invalid":w(`body`),"aria-describedby":X(S(`body`),i.editor.bodyHint,C(`body`)),onInput:e=>g(`body`,e.currentTarget.value)})}),q(`fieldset`,{id:S(`coTypes`),class:`field${C(`coTypes`)?` has-error`:``}`,"aria-describedby":X(S(`coTypes`),i.editor.coTypesHint,C(`coTypes`)),children:[q(`legend`,{class:`label`,children:i.editor.coTypes}),q(`p`,{class:`hint`,id:`${S(`coTypes`)}-hint`,children:i.editor.coTypesHint}),q(kn,{id:S(`coTypes`),error:C(`coTypes`)}),q(`div`,{class:`checkboxes`,children:Tt.map(e=>q(`div`,{class:`checkbox`,children:[q(`input`,{type:`checkbox`,id:`co-${e}`,checked:a.coTypes.includes(e),"aria-invalid":w(`coTypes`),onChange:()=>g(`coTypes`,a.coTypes.includes(e)?a.coTypes.filter(t=>t!==e):[...a.coTypes,e])}),q(`label`,{for:`co-${e}`,children:[i.labels.co[e],` `,q(`span`,{class:`hint-inline`,children:i.labels.coHint[e]})]})]},e))})]}),q(Z,{id:S(`serviceArea`),label:i.editor.serviceArea,error:C(`serviceArea`),children:q(`select`,{id:S(`serviceArea`),class:`select`,value:a.serviceArea,"aria-invalid":w(`serviceArea`),"aria-describedby":X(S(`serviceArea`),void 0,C(`serviceArea`)),onChange:e=>{let t=e.currentTarget.value;g(`serviceArea`,Nt(Ot,t)?t:``)},children:[q(`option`,{value:``,children:`–`}),Ot.map(e=>q(`option`,{value:e,children:i.labels.area[e]},e))]})}),q(Z,{id:S(`initiativeId`),label:i.editor.initiative,error:C(`initiativeId`),children:q(`select`,{id:S(`initiativeId`),class:`select`,value:a.initiativeId,"aria-invalid":w(`initiativeId`),"aria-describedby":X(S(`initiativeId`),void 0,C(`initiativeId`)),onChange:e=>g(`initiativeId`,e.currentTarget.value),children:[q(`option`,{value:``,children:i.editor.noInitiative}),(m.data?.initiatives.nodes??[]).map(e=>q(`option`,{value:e.id,children:e.title},e.id))]})}),q(Z,{id:S(`tags`),label:i.editor.tags,hint:i.editor.tagsHint,error:C(`tags`),children:q(`input`,{type:`text`,id:S(`tags`),class:`input`,value:a.tags,"aria-invalid":w(`tags`),"aria-describedby":X(S(`tags`),i.editor.tagsHint,C(`tags`)),onInput:e=>g(`tags`,e.currentTarget.value)})}),q(Z,{id:S(`language`),label:i.editor.language,error:C(`language`),children:q(`select`,{id:S(`language`),class:`select`,value:a.language,"aria-invalid":w(`language`),"aria-describedby":X(S(`language`),void 0,C(`language`)),onChange:e=>g(`language`,e.currentTarget.value),children:ee.map(e=>q(`option`,{value:e,children:i.labels.languageName(e)},e))})}),q(`fieldset`,{id:S(`visibility`),class:`field${C(`visibility`)?` has-error`:``}`,"aria-describedby":X(S(`visibility`),void 0,C(`visibility`)),children:[q(`legend`,{class:`label`,children:i.editor.visibility}),q(kn,{id:S(`visibility`),error:C(`visibility`)}),q(`div`,{class:`radios`,children:kt.map(e=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,name:`visibility`,id:`vis-${e}`,checked:a.visibility===e,"aria-invalid":w(`visibility`),onChange:()=>g(`visibility`,e)}),q(`label`,{for:`vis-${e}`,children:i.labels.visibility[e]})]},e))})]}),q(`div`,{class:`actions`,children:[q(`button`,{type:`submit`,class:`button`,disabled:l,children:l?i.editor.saving:n?i.editor.save:i.editor.create}),q(`a`,{class:`button button-secondary`,href:n?J.caseStudy(n.id):J.home,children:i.editor.cancel})]})]})]})}var zn=240;function Bn(e,t=zn){let n=e.replace(/\s+/g,` `).trim();if(n.length<=t)return n;let r=n.slice(0,t);return`${r.slice(0,Math.max(r.lastIndexOf(` `),t-20))}…`}function Vn({items:e,headingLevel:t=3}){let n=H(),r=t===3?`h3`:`h4`;return q(`ol`,{class:`results`,children:e.map(e=>q(`li`,{class:`result`,children:q(`article`,{lang:e.language,children:[q(r,{class:`result-title`,children:q(`a`,{href:J.caseStudy(e.id),children:e.title})}),q(`p`,{class:`result-meta`,lang:mt(),children:[q(`span`,{class:`result-council`,children:e.owner.name}),q(`span`,{children:n.labels.nation[e.owner.nation]}),q(`span`,{children:n.labels.area[e.serviceArea]}),e.initiative&&q(Lt,{step:e.initiative.starStep}),e.status!==`PUBLISHED`&&q(`span`,{class:`badge`,children:n.labels.status[e.status]}),e.visibility!==`PUBLIC`&&q(`span`,{class:`badge`,children:n.labels.visibilityShort[e.visibility]})]}),q(`div`,{lang:mt(),children:q(It,{coTypes:e.coTypes})}),q(`p`,{class:`result-summary`,children:Bn(e.summary)})]})},e.id))})}var Hn={co:[],step:[],area:null,nation:[],lang:[],evidence:null,q:``,sort:null},Un=/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;function Wn(e){return[...new Set(e.filter(e=>Un.test(e)))].sort()}function Gn(e,t,n){let r=e.getAll(t);return n.filter(e=>r.includes(e))}function Kn(e){let t=new URLSearchParams(e),n=t.get(`area`),r=Number.parseInt(t.get(`evidence`)??``,10),i=t.get(`sort`);return{co:Gn(t,`co`,Tt),step:Gn(t,`step`,Et),area:Nt(Ot,n)?n:null,nation:Gn(t,`nation`,Dt),lang:Wn(t.getAll(`lang`)),evidence:r>=1&&r<=5?r:null,q:(t.get(`q`)??``).trim(),sort:Nt(jt,i)?i:null}}function qn(e){let t=new URLSearchParams;for(let n of Tt)e.co.includes(n)&&t.append(`co`,n);for(let n of Et)e.step.includes(n)&&t.append(`step`,n);e.area&&t.set(`area`,e.area);for(let n of Dt)e.nation.includes(n)&&t.append(`nation`,n);for(let n of Wn(e.lang))t.append(`lang`,n);e.evidence!=null&&t.set(`evidence`,String(e.evidence)),e.q&&t.set(`q`,e.q),e.sort&&e.sort!==Yn(e)&&t.set(`sort`,e.sort);let n=t.toString();return n?`?${n}`:``}function Jn(e){return`/${qn(e)}`}function Yn(e){return e.q?`RELEVANCE`:`UPDATED_AT`}function Xn(e){return e.sort?e.sort===`RELEVANCE`&&!e.q?`UPDATED_AT`:e.sort:Yn(e)}function Zn(e){let t={};return e.co.length>0&&(t.coTypes=e.co),e.step.length>0&&(t.starSteps=e.step),e.area&&(t.serviceArea=e.area),e.nation.length>0&&(t.nations=e.nation),e.lang.length>0&&(t.languages=e.lang),e.evidence!=null&&(t.minEvidenceLevel=e.evidence),e.q&&(t.search=e.q),t}function Qn(e){return e.co.length>0||e.step.length>0||e.area!=null||e.nation.length>0||e.lang.length>0||e.evidence!=null||e.q!==``}function Q(e,t){return e.includes(t)?e.filter(e=>e!==t):[...e,t]}function $(e,t){return e.find(e=>e.value===t)?.count??0}function $n({n:e}){return q(`span`,{class:`facet-count`,children:vt(e)})}function er({id:e,legend:t,options:n,selected:r,onToggle:i}){return q(`fieldset`,{class:`facet`,children:[q(`legend`,{children:t}),q(`ul`,{class:`facet-options`,children:n.map(t=>q(`li`,{children:[q(`input`,{type:`checkbox`,id:`${e}-${t.value}`,checked:r.includes(t.value),onChange:()=>i(t.value)}),q(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&q($n,{n:t.count})]})]},t.value))})]})}function tr({id:e,legend:t,hint:n,options:r,selected:i,onSelect:a}){return q(`fieldset`,{class:`facet`,"aria-describedby":n?`${e}-hint`:void 0,children:[q(`legend`,{children:t}),n&&q(`p`,{class:`hint`,id:`${e}-hint`,children:n}),q(`ul`,{class:`facet-options`,children:r.map(t=>q(`li`,{children:[q(`input`,{type:`radio`,name:e,id:`${e}-${t.value}`,checked:i===t.value,onChange:()=>a(t.value)}),q(`label`,{for:`${e}-${t.value}`,children:[t.label,` `,t.count!=null&&q($n,{n:t.count})]})]},t.value))})]})}function nr({facets:e,state:t,onChange:n}){let r=H(),i=(e,t,n,r)=>e.filter(e=>r||$(t,e)>0||n.includes(e)),a=[{value:``,label:r.home.anyArea,count:null},...i(Ot,e.serviceAreas,t.area?[t.area]:[],!1).map(t=>({value:t,label:r.labels.area[t],count:$(e.serviceAreas,t)}))],o=t=>e.evidenceLevels.reduce((e,n)=>Number(n.value)>=t?e+n.count:e,0),s=[{value:``,label:r.home.anyEvidence,count:null},...Mt.filter(e=>o(e)>0||t.evidence===e).map(e=>({value:String(e),label:r.home.evidenceAtLeast(e),count:o(e)}))];return q(`div`,{class:`facets`,children:[q(er,{id:`f-co`,legend:r.home.facetCo,options:Tt.map(t=>({value:t,label:r.labels.co[t],count:$(e.coTypes,t)})),selected:t.co,onToggle:e=>n({...t,co:Q(t.co,e)})}),q(er,{id:`f-step`,legend:r.home.facetStep,options:Et.map(t=>({value:t,label:r.labels.step[t],count:$(e.starSteps,t)})),selected:t.step,onToggle:e=>n({...t,step:Q(t.step,e)})}),q(tr,{id:`f-area`,legend:r.home.facetArea,options:a,selected:t.area??``,onSelect:e=>n({...t,area:Ot.find(t=>t===e)??null})}),q(er,{id:`f-nation`,legend:r.home.facetNation,options:i(Dt,e.nations,t.nation,!1).map(t=>({value:t,label:r.labels.nation[t],count:$(e.nations,t)})),selected:t.nation,onToggle:e=>n({...t,nation:Q(t.nation,e)})}),q(tr,{id:`f-evidence`,legend:r.home.facetEvidence,hint:r.home.evidenceHint,options:s,selected:t.evidence==null?``:String(t.evidence),onSelect:e=>n({...t,evidence:e===``?null:Number(e)})}),q(er,{id:`f-lang`,legend:r.home.facetLanguage,options:[...new Set([...e.languages.map(e=>e.value),...t.lang])].map(t=>({value:t,label:r.labels.languageName(t),count:$(e.languages,t)})),selected:t.lang,onToggle:e=>n({...t,lang:Q(t.lang,e)})})]})}function rr(e,t){return e===0||t===0?0:Math.max(1,Math.ceil(e/t*4))}function ir({matrix:e,selectedCo:t,selectedStep:n,onCell:r,onCo:i,onStep:a,busy:o}){let s=H(),c=new Map;for(let t of e)c.set(`${t.coType}|${t.starStep}`,t.count);let l=Math.max(0,...c.values()),u=t.length===1&&n.length===1;return q(b,{children:[q(`p`,{class:`hint star-hint`,id:`star-hint`,children:s.home.starHint}),q(`div`,{class:`star-scroll`,role:`region`,"aria-labelledby":`star-caption`,"aria-describedby":`star-hint`,tabIndex:0,children:q(`table`,{class:`star`,"aria-busy":o,children:[q(`caption`,{id:`star-caption`,class:`visually-hidden`,children:s.home.starCaption}),q(`thead`,{children:q(`tr`,{children:[q(`td`,{class:`star-corner`,children:s.home.starCorner}),Et.map(e=>{let t=n.includes(e);return q(`th`,{scope:`col`,children:q(`button`,{type:`button`,class:`star-head`,"aria-pressed":t,title:s.home.stepButton(s.labels.step[e],t),onClick:()=>a(e),children:[q(`span`,{class:`star-step-number`,"aria-hidden":`true`,children:Et.indexOf(e)+1}),s.labels.step[e]]})},e)})]})}),q(`tbody`,{children:Tt.map(e=>{let a=t.includes(e);return q(`tr`,{children:[q(`th`,{scope:`row`,children:q(`button`,{type:`button`,class:`star-head star-row-head`,"aria-pressed":a,title:s.home.coButton(s.labels.co[e],a),onClick:()=>i(e),children:s.labels.co[e]})}),Et.map(i=>{let a=c.get(`${e}|${i}`)??0,o=u&&t[0]===e&&n[0]===i;return q(`td`,{class:`star-cell heat-${rr(a,l)}${o?` is-selected`:``}`,children:q(`button`,{type:`button`,class:`star-count`,"aria-pressed":o,"aria-label":s.home.cellLabel(a,s.labels.co[e],s.labels.step[i],o),disabled:a===0&&!o,onClick:()=>r(e,i),children:a})},i)})]},e)})})]})})]})}var ar=20;function or({search:e}){let t=H(),n=yt(),r=Ee(()=>Kn(e),[e]),i=Ee(()=>Zn(r),[r]),a=Ee(()=>({field:Xn(r)}),[r]),o=W(qe,{filter:i,first:ar,orderBy:a},{keepPrevious:!0}),s=`${e}|${n??``}`,[c,l]=I(null),[u,d]=I(!1),[f,p]=I(null),[m,h]=I(null),[g,_]=I(!1),[v,y]=I(r.q),b=Te(null),x=Te(null);G(r.q?t.home.titleSearch(r.q):t.home.title),L(()=>y(r.q),[r.q]);let S=o.data;L(()=>{S&&!o.loading&&performance.mark(`costar:star-ready`)},[S,o.loading]);let C=c?.key===s&&!o.loading?c:null,w=S?[...S.caseStudies.nodes,...C?.nodes??[]]:[],T=C?C.hasNextPage:S?.caseStudies.pageInfo.hasNextPage??!1,E=C?C.endCursor:S?.caseStudies.pageInfo.endCursor??null,ee=S?.caseStudies.totalCount??0;L(()=>{m!=null&&((b.current?.querySelectorAll(`.result-title a`))?.[m]?.focus(),h(null))},[m,w.length]);let D=(e,t=!1)=>{an(Jn(e),{keepScroll:!0,keepFocus:!0}),t&&x.current?.focus()},O=async()=>{if(E){d(!0),p(null);try{let e=await B(Je,{filter:i,first:ar,after:E,orderBy:a});h(w.length),l({key:s,nodes:[...C?.nodes??[],...e.caseStudies.nodes],hasNextPage:e.caseStudies.pageInfo.hasNextPage,endCursor:e.caseStudies.pageInfo.endCursor})}catch(e){e instanceof z&&p(e)}finally{d(!1)}}},k=[...r.q?[{label:t.home.searchFor(r.q),next:{...r,q:``,sort:null}}]:[],...r.co.map(e=>({label:t.labels.co[e],next:{...r,co:Q(r.co,e)}})),...r.step.map(e=>({label:t.labels.step[e],next:{...r,step:Q(r.step,e)}})),...r.area?[{label:t.labels.area[r.area],next:{...r,area:null}}]:[],...r.nation.map(e=>({label:t.labels.nation[e],next:{...r,nation:Q(r.nation,e)}})),...r.evidence==null?[]:[{label:`${t.home.facetEvidence}: ${t.home.evidenceAtLeast(r.evidence)}`,next:{...r,evidence:null}}]];return q(`div`,{class:`home`,children:[q(`h1`,{children:t.home.title}),q(`p`,{class:`lead`,children:t.home.intro}),q(`form`,{class:`search`,role:`search`,onSubmit:e=>{e.preventDefault(),D({...r,q:v.trim(),sort:null},!0)},children:[q(`label`,{for:`q`,class:`label`,children:t.home.searchLabel}),q(`p`,{class:`hint`,id:`q-hint`,children:t.home.searchHint}),q(`div`,{class:`search-row`,children:[q(`input`,{type:`search`,id:`q`,name:`q`,class:`input`,"aria-describedby":`q-hint`,value:v,onInput:e=>y(e.currentTarget.value)}),q(`button`,{type:`submit`,class:`button`,children:t.home.searchButton})]})]}),q(`section`,{class:`star-section`,"aria-labelledby":`star-h`,children:[q(`h2`,{id:`star-h`,children:t.home.starHeading}),S?q(ir,{matrix:S.caseStudyFacets.coStepMatrix,selectedCo:r.co,selectedStep:r.step,busy:o.loading,onCell:(e,t)=>{let n=r.co.length===1&&r.step.length===1&&r.co[0]===e&&r.step[0]===t;D(n?{...r,co:[],step:[]}:{...r,co:[e],step:[t]})},onCo:e=>D({...r,co:Q(r.co,e)}),onStep:e=>D({...r,step:Q(r.step,e)})}):o.error?q(xn,{error:o.error,onRetry:o.reload}):q(Y,{})]}),q(`div`,{class:`explore`,children:[q(`section`,{class:`filters${g?``:` is-collapsed`}`,"aria-labelledby":`filters-h`,children:[q(`h2`,{id:`filters-h`,class:`filters-heading`,children:t.home.filtersHeading}),q(`button`,{type:`button`,class:`button button-secondary filters-toggle`,"aria-expanded":g,"aria-controls":`filters-panel`,onClick:()=>_(!g),children:t.home.filtersHeading}),q(`div`,{id:`filters-panel`,class:`filters-panel`,children:S&&q(nr,{facets:S.caseStudyFacets,state:r,onChange:e=>D(e)})})]}),q(`section`,{class:`results-section`,"aria-labelledby":`results-h`,"aria-busy":o.loading,children:[q(`div`,{class:`results-head`,children:[q(`h2`,{id:`results-h`,tabIndex:-1,ref:x,children:t.home.resultsHeading}),q(`p`,{class:`results-count`,"aria-live":`polite`,"aria-atomic":`true`,children:S?t.home.count(ee):``}),q(`div`,{class:`sort`,children:[q(`label`,{for:`sort`,class:`label-inline`,children:t.home.sortLabel}),q(`select`,{id:`sort`,class:`select`,value:Xn(r),onChange:e=>{let t=e.currentTarget.value;D({...r,sort:jt.find(e=>e===t)??null})},children:jt.filter(e=>e!==`RELEVANCE`||r.q).map(e=>q(`option`,{value:e,children:t.labels.order[e]},e))})]})]}),k.length>0&&q(`div`,{class:`active-filters`,children:[q(`h3`,{class:`visually-hidden`,children:t.home.activeFilters}),q(`ul`,{class:`filter-chips`,children:k.map(e=>q(`li`,{children:q(`button`,{type:`button`,class:`filter-chip`,"aria-label":t.home.removeFilter(e.label),onClick:()=>D(e.next,!0),children:[e.label,q(`span`,{"aria-hidden":`true`,children:` ×`})]})},e.label))}),Qn(r)&&q(`button`,{type:`button`,class:`link-button`,onClick:()=>D(Hn,!0),children:t.home.clearFilters})]}),o.error&&S&&q(xn,{error:o.error,onRetry:o.reload}),!S&&!o.error&&q(Y,{}),S&&q(`div`,{ref:b,class:o.loading?`is-stale`:``,children:[w.length===0?q(`p`,{class:`empty`,children:t.home.noResults}):q(Vn,{items:w}),w.length>0&&q(`p`,{class:`showing`,children:t.home.showing(w.length,ee)}),f&&q(`p`,{class:`error-text`,role:`alert`,children:wt(f)}),T&&q(`button`,{type:`button`,class:`button button-secondary`,disabled:u,onClick:()=>void O(),children:u?t.home.loadingMore:t.home.loadMore})]})]})]})]})}function sr({id:e}){let t=H(),n=W(it,{id:e}),r=n.data?.node,i=r?.__typename===`Initiative`?r:null;return G(i?i.title:n.loading?t.common.loading:t.common.notFoundTitle),n.error&&!n.data?q(b,{children:[q(`h1`,{children:t.common.errorTitle}),q(xn,{error:n.error,onRetry:n.reload})]}):n.data?i?q(`article`,{class:`initiative`,children:[q(`p`,{class:`breadcrumb`,children:q(`a`,{href:J.home,children:t.common.backToExplorer})}),q(`header`,{class:`page-header`,children:[q(`p`,{class:`eyebrow`,children:t.initiative.heading}),q(`h1`,{children:i.title}),q(`p`,{class:`lead`,children:i.summary})]}),q(`div`,{class:`two-col`,children:[q(`section`,{class:`section`,"aria-labelledby":`about-h`,children:[q(`h2`,{id:`about-h`,children:t.initiative.about}),q(`dl`,{class:`summary-list council-details`,children:[q(`div`,{children:[q(`dt`,{children:t.common.council}),q(`dd`,{class:`council-name`,children:i.owner.name})]}),q(`div`,{children:[q(`dt`,{children:t.common.gssCode}),q(`dd`,{class:`council-gss`,children:i.owner.gssCode??t.common.none})]}),q(`div`,{children:[q(`dt`,{children:t.common.nation}),q(`dd`,{class:`council-nation`,children:t.labels.nation[i.owner.nation]})]}),q(`div`,{children:[q(`dt`,{children:t.common.step}),q(`dd`,{children:q(Lt,{step:i.starStep})})]}),q(`div`,{children:[q(`dt`,{children:t.common.coTypes}),q(`dd`,{children:q(It,{coTypes:i.coTypes})})]}),q(`div`,{children:[q(`dt`,{children:t.common.serviceArea}),q(`dd`,{children:t.labels.area[i.serviceArea]})]}),q(`div`,{children:[q(`dt`,{children:t.common.visibility}),q(`dd`,{children:t.labels.visibilityShort[i.visibility]})]}),q(`div`,{children:[q(`dt`,{children:t.common.updated}),q(`dd`,{children:U(i.updatedAt)})]}),i.tags.length>0&&q(`div`,{children:[q(`dt`,{children:t.common.tags}),q(`dd`,{children:q(`ul`,{class:`tags`,children:i.tags.map(e=>q(`li`,{children:e},e))})})]})]})]}),q(`section`,{class:`section`,"aria-labelledby":`appraisal-h`,children:[q(`h2`,{id:`appraisal-h`,children:t.initiative.appraisal}),q(bn,{initiative:i})]})]}),q(Zt,{initiative:i}),q(mn,{initiative:i}),q(vn,{initiative:i}),q(`section`,{class:`section`,"aria-labelledby":`cases-h`,children:[q(`h2`,{id:`cases-h`,children:t.initiative.caseStudiesHeading}),i.caseStudies.nodes.length===0?q(`p`,{class:`empty`,children:t.initiative.noCaseStudies}):q(Vn,{items:i.caseStudies.nodes})]}),q(yn,{initiative:i})]}):q(En,{}):q(Y,{})}var cr=[`VIEWER`,`EDITOR`,`ADMIN`];function lr(e){let t=new URLSearchParams(e).get(`next`);return t&&t.startsWith(`/`)&&!t.startsWith(`//`)?t:`/`}async function ur(){try{let e=await fetch(`/dev/token`,{headers:{Accept:`application/json`}});return e.ok?(await e.json()).available===!0:!1}catch{return!1}}function dr({search:e}){let t=H();G(t.signIn.title);let{viewer:n}=St(),[r,i]=I(!1),[a,o]=I(``),[s,c]=I(null),[l,u]=I(null),[d,f]=I(``),[p,m]=I(`EDITOR`),[h,g]=I(null),_=W(Xe,{},{skip:!r});L(()=>{let e=!0;return ur().then(t=>{e&&i(t)}),()=>{e=!1}},[]);let v=_.data?.organisations.nodes??[];L(()=>{let e=v[0];!d&&e&&f(e.slug)},[v,d]);let y=async n=>{try{return(await B(Ye,{},{token:n})).viewer?(We(n),an(lr(e)),null):t.signIn.tokenRefused}catch(e){if(e instanceof z)return e.has(`UNAUTHENTICATED`)?t.signIn.tokenRefused:wt(e);throw e}},b=async e=>{e.preventDefault();let n=a.trim().replace(/^Bearer\s+/i,``);n?(u(`token`),c(await y(n)),u(null)):c(t.signIn.tokenEmpty)},x=async e=>{e.preventDefault(),u(`dev`),g(null);try{let e=await fetch(`/dev/token`,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({organisation:d,role:p})}),n=e.ok?await e.json():null;!n||typeof n.token!=`string`?g(t.signIn.devFailed):g(await y(n.token))}catch{g(t.signIn.devFailed)}u(null)};return q(`div`,{class:`sign-in`,children:[q(`h1`,{children:t.signIn.title}),q(`p`,{class:`lead`,children:t.signIn.intro}),n&&q(Sn,{kind:`info`,children:[q(`p`,{children:t.signIn.signedIn(n.organisation.name,n.roles.map(e=>t.labels.role[e]).join(`, `))}),q(`button`,{type:`button`,class:`button button-secondary`,onClick:()=>We(null),children:t.app.signOut})]}),r&&q(`section`,{class:`section panel`,"aria-labelledby":`dev-h`,children:[q(`h2`,{id:`dev-h`,children:t.signIn.devHeading}),q(`p`,{children:t.signIn.devIntro}),q(`form`,{class:`form`,onSubmit:e=>void x(e),noValidate:!0,children:[h&&q(`p`,{class:`error-text`,role:`alert`,children:h}),q(Z,{id:`dev-org`,label:t.signIn.organisation,children:q(`select`,{id:`dev-org`,class:`select`,value:d,onChange:e=>f(e.currentTarget.value),children:v.map(e=>q(`option`,{value:e.slug,children:e.name},e.slug))})}),q(`fieldset`,{class:`field`,children:[q(`legend`,{class:`label`,children:t.signIn.role}),q(`div`,{class:`radios`,children:cr.map(e=>q(`div`,{class:`radio`,children:[q(`input`,{type:`radio`,id:`dev-role-${e}`,name:`dev-role`,checked:p===e,onChange:()=>m(e)}),q(`label`,{for:`dev-role-${e}`,children:t.labels.role[e]})]},e))})]}),q(`button`,{type:`submit`,class:`button`,disabled:l!=null||!d,children:l===`dev`?t.signIn.checking:t.signIn.devSubmit})]})]}),q(`section`,{class:`section`,"aria-labelledby":`token-h`,children:[q(`h2`,{id:`token-h`,children:t.signIn.tokenHeading}),q(`form`,{class:`form`,onSubmit:e=>void b(e),noValidate:!0,children:[q(Z,{id:`token`,label:t.signIn.tokenLabel,hint:t.signIn.tokenHint,error:s,children:q(`textarea`,{id:`token`,class:`textarea textarea-token`,rows:4,spellcheck:!1,autocomplete:`off`,value:a,"aria-invalid":s?!0:void 0,"aria-describedby":X(`token`,t.signIn.tokenHint,s),onInput:e=>o(e.currentTarget.value)})}),q(`button`,{type:`submit`,class:`button`,disabled:l!=null,children:l===`token`?t.signIn.checking:t.signIn.tokenSubmit})]})]})]})}function fr({route:e,location:t}){switch(e.name){case`home`:return q(or,{search:t.search});case`caseStudy`:return q(On,{id:e.id});case`caseStudyNew`:return q(In,{id:null});case`caseStudyEdit`:return q(In,{id:e.id});case`initiative`:return q(sr,{id:e.id});case`signIn`:return q(dr,{search:t.search});case`notFound`:return q(En,{})}}function pr(){return q(`svg`,{class:`brand-mark`,viewBox:`0 0 24 24`,width:`28`,height:`28`,"aria-hidden":`true`,focusable:`false`,children:q(`path`,{d:`M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.6 5.7 21.5l1.7-7.3L2 9.5l7.1-.6z`})})}function mr(){let e=H(),t=on(),n=yt(),r=W(Ye,{},{skip:!n}),i=n?r.data?.viewer??null:null,a={viewer:i,loading:n!=null&&r.loading&&!r.data},o=ln(t.path),s=Te(null);L(()=>{rn()&&s.current?.focus()},[t]);let c=e=>o.name===e?`page`:void 0;return q(xt.Provider,{value:a,children:[q(`a`,{class:`skip-link`,href:`#main`,children:e.app.skipLink}),q(`header`,{class:`site-header`,children:q(`div`,{class:`wrap header-row`,children:[q(`a`,{class:`brand`,href:J.home,children:[q(pr,{}),q(`span`,{children:e.app.name})]}),q(`nav`,{class:`site-nav`,"aria-label":e.app.mainNav,children:q(`ul`,{children:[q(`li`,{children:q(`a`,{href:J.home,"aria-current":c(`home`),children:e.app.explore})}),Ct(i)&&q(`li`,{children:q(`a`,{href:J.caseStudyNew,"aria-current":c(`caseStudyNew`),children:e.app.newCaseStudy})}),!i&&q(`li`,{children:q(`a`,{href:J.signIn(),"aria-current":c(`signIn`),children:e.app.signIn})})]})}),q(`div`,{class:`account`,children:[i&&q(`p`,{class:`viewer`,children:[q(`span`,{class:`visually-hidden`,children:[e.app.signedInAs,` `]}),q(`span`,{class:`viewer-org`,children:i.organisation.name}),` `,q(`span`,{class:`viewer-role`,children:[`(`,i.roles.map(t=>e.labels.role[t]).join(`, `),`)`]})]}),i&&q(`button`,{type:`button`,class:`link-button`,onClick:()=>We(null),children:e.app.signOut}),q(`button`,{type:`button`,class:`link-button lang-switch`,lang:mt()===`en`?`cy`:`en`,onClick:()=>gt(mt()===`en`?`cy`:`en`),children:e.app.switchLanguage})]})]})}),q(`main`,{id:`main`,class:`wrap`,tabIndex:-1,ref:s,children:[He()&&!n&&o.name!==`signIn`&&q(`div`,{class:`notice notice-warning`,role:`status`,children:q(`a`,{href:J.signIn(t.path+t.search),children:e.signIn.expired})}),q(fr,{route:o,location:t},t.path)]}),q(`footer`,{class:`site-footer`,children:q(`div`,{class:`wrap`,children:q(`p`,{children:e.app.footer})})})]})}document.documentElement.lang=mt(),sn();var hr=document.getElementById(`app`);hr&&M(q(mr,{}),hr);