/* racy: spin condition is inverted (spin while TAS returns 0), so a thread that got the flag already set proceeds while another holds it */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int counter;
static void lock(void) { while (!atomic_flag_test_and_set(&lk)) ; }
static void unlock(void) { atomic_flag_clear(&lk); }
void *w(void *p) { (void)p; for (int i = 0; i < 3; i++) { lock(); counter++; unlock(); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return counter;
}
