/* TRUTH: racy — update() locks only when id is odd; thread 0 writes total without the lock */
#include <pthread.h>
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void update(long id){
  if (id & 1) { pthread_mutex_lock(&m); total += (int)id; pthread_mutex_unlock(&m); }
  else total += (int)id;
}
void *w(void *a){ update((long)a); return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}
