/* TRUTH: racy — putchar_unlocked without flockfile: POSIX allows it only while the caller owns stdout's lock; glibc updates stdout's buffer pointers (_IO_write_ptr) unlocked, so the two threads' calls write the same FILE fields concurrently. */
#include <pthread.h>
#include <stdio.h>
static void *w(void *p) {
  for (int i = 0; i < 100; i++) putchar_unlocked((int)(long)p);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)'a');
  pthread_create(&b, 0, w, (void *)'b');
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
