/* TRUTH: free — the recursive walk bumps the global only while holding the mutex */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int nodes;
static void walk(int n){ if (n == 0) return; pthread_mutex_lock(&m); nodes++; pthread_mutex_unlock(&m); walk(n - 1); }
void *w(void *x){ walk(5); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return nodes;
}
