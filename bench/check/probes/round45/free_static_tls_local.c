/* TRUTH: free — the static local is also _Thread_local, so each thread has its own calls counter */
#include <pthread.h>
static int next_id(void){ static _Thread_local int calls; return ++calls; }
void *w(void *x){ int r = 0; for (int i = 0; i < 5; i++) r = next_id(); return (void*)(long)r; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  next_id();
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
