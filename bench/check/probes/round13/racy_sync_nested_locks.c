/* racy: only_y writes y holding only m1 while yreader reads y holding only m2: no common lock, no ordering */
#include <pthread.h>
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
void *only_y(void *p) { (void)p; pthread_mutex_lock(&m1); y += 10; pthread_mutex_unlock(&m1); return NULL; }
void *yreader(void *p) { (void)p; pthread_mutex_lock(&m2); int v = y; pthread_mutex_unlock(&m2); return (void *)(long)v; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, both, NULL);
  pthread_create(&b, NULL, only_y, NULL);
  pthread_create(&c, NULL, yreader, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
  return x + y;
}
