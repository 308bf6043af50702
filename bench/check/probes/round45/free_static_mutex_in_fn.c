/* TRUTH: free — the mutex is a static local, shared by all callers, and guards the global total */
#include <pthread.h>
int total;
static void add(int v){ static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_lock(&m); total += v; pthread_mutex_unlock(&m); }
void *w(void *x){ add((int)(long)x); return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}
