/* TRUTH: free — each thread recursively sums/updates its own disjoint subtree of a shared tree */
#include <pthread.h>
struct T { int v; struct T *l, *r; };
struct T leaves[4], mid[2], root;
static int bump(struct T *t){ if (!t) return 0; t->v++; return t->v + bump(t->l) + bump(t->r); }
void *w(void *x){ return (void*)(long)bump((struct T *)x); }
int main(void){
  mid[0].l = &leaves[0]; mid[0].r = &leaves[1];
  mid[1].l = &leaves[2]; mid[1].r = &leaves[3];
  root.l = &mid[0]; root.r = &mid[1];
  pthread_t a, b;
  pthread_create(&a,0,w,root.l); pthread_create(&b,0,w,root.r);
  pthread_join(a,0); pthread_join(b,0);
  return bump(&root);
}
