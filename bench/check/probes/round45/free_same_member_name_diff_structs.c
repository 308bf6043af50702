/* TRUTH: free — p.x and q.x are different objects of different struct types; each thread writes one */
#include <pthread.h>
struct P { int x; } p;
struct Q { int x; } q;
void *wa(void *a){ p.x = 1; return 0; }
void *wb(void *a){ q.x = 2; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return p.x + q.x;
}
