/* TRUTH: free — the function reached through the pointer takes the mutex before touching hits */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
static void safe_bump(void){ pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); }
struct Ops { void (*bump)(void); } ops = { safe_bump };
void *w(void *x){ struct Ops *o = x; o->bump(); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,&ops); pthread_create(&b,0,w,&ops);
  pthread_join(a,0); pthread_join(b,0);
  return hits;
}
