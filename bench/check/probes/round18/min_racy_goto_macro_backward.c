/* TRUTH: racy. the macro's goto jumps back to its argument label: t2's second x++ runs after the unlock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
#define REPEAT(lbl) lbl: x++; if (held) { pthread_mutex_unlock(&m); held = 0; goto lbl; }
void *t1(void *p) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *p) { int held = 1; pthread_mutex_lock(&m); REPEAT(again) return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  return 0;
}
