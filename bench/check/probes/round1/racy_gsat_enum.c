/* TRUTH: racy. g is set with an enum constant (MODE_FAST == 4); both workers see 4. */
#include <pthread.h>
enum { MODE_SLOW = 1, MODE_FAST = 4 };
int g = MODE_SLOW;
int hits;
void *worker(void *arg) { if (g == 4) hits++; return NULL; }
int main(void) {
  g = MODE_FAST;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}
