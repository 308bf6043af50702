/* TRUTH: racy — a user function atomic_flag_set_plain declared in the program with a plain store; with <stdatomic.h> included it is still user code: g = 1 (line 5) in both threads races. */
#include <pthread.h>
#include <stdatomic.h>
int g;
static void atomic_flag_set_plain(int *p) { *p = 1; }
void *w(void *x) { atomic_flag_set_plain(&g); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
