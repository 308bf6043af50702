/* race-free: x is guarded by m1 and y by m2; every access holds the right lock (some hold both, in order m1 then m2) */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int x, y;
void *both(void *p) {
  (void)p;
  pthread_mutex_lock(&m1);
  pthread_mutex_lock(&m2);
  x++; y++;
  pthread_mutex_unlock(&m2);
  pthread_mutex_unlock(&m1);
  return NULL;
}
void *only_y(void *p) { (void)p; pthread_mutex_lock(&m2); y += 10; pthread_mutex_unlock(&m2); return NULL; }
void *only_x(void *p) { (void)p; pthread_mutex_lock(&m1); x += 10; pthread_mutex_unlock(&m1); return NULL; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, both, NULL);
  pthread_create(&b, NULL, only_y, NULL);
  pthread_create(&c, NULL, only_x, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
  assert(x == 11 && y == 11);
  return 0;
}
