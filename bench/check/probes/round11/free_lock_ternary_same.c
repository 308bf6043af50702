// free: ternary picks &m in both branches (cond ? &m : &m), so everyone uses m around total.
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total;
void *w(void *arg) {
  long id = (long)arg;
  pthread_mutex_t *l = (id > 5) ? &m : &m;
  pthread_mutex_lock(l);
  total += (int)id;
  pthread_mutex_unlock(l);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)0L);
  pthread_create(&b, 0, w, (void *)9L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total;
}
