/* TRUTH: free — the static local counter is only touched while holding the file-scope mutex */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next_id(void){ static int calls; pthread_mutex_lock(&m); int r = ++calls; pthread_mutex_unlock(&m); return r; }
void *w(void *x){ return (void*)(long)next_id(); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return next_id();
}
