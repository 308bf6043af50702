/* TRUTH: free — both threads write level holding spinlock sa */
#include <pthread.h>
pthread_spinlock_t sa, sb;
int level;
void *f1(void *a) { pthread_spin_lock(&sa); level = 1; pthread_spin_unlock(&sa); return 0; }
void *f2(void *a) { pthread_spin_lock(&sa); level = 2; pthread_spin_unlock(&sa); return 0; }
int main(void) {
  pthread_spin_init(&sa, 0); pthread_spin_init(&sb, 0);
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return level;
}
