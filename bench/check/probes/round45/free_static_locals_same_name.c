/* TRUTH: free — f1 and f2 each have their own static 'count'; thread A only calls f1, thread B only f2 */
#include <pthread.h>
static int f1(void){ static int count; return ++count; }
static int f2(void){ static int count; return ++count; }
void *wa(void *x){ return (void*)(long)f1(); }
void *wb(void *x){ return (void*)(long)f2(); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
