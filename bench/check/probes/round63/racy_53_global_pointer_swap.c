/* TRUTH: racy — both threads write the global pointer current (current = &bufs[i]) without a lock */
#include <pthread.h>
static int bufs[2][8];
static int *current;
static void *select_buf(void *p) { int i = (int)(long)p; current = bufs[i]; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, select_buf, (void *)0L); pthread_create(&b, 0, select_buf, (void *)1L);
  pthread_join(a, 0); pthread_join(b, 0);
  return current == bufs[0];
}
