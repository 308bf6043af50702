/* TRUTH: racy. t2 jumps to b past the lock at a; both labels come from one macro and share an offset in weft */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
#define CRIT a: pthread_mutex_lock(&m); b: x++;
void *t1(void *p) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *p) { goto b; CRIT return 0; }
int main(void) {
  pthread_t a1, a2;
  pthread_create(&a1, 0, t1, 0);
  pthread_create(&a2, 0, t2, 0);
  return 0;
}
