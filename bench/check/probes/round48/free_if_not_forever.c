/* TRUTH: free — if the thread has not seen the release of f it loops forever; otherwise its write of x follows main's write */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int f;
void *t(void *a) {
  if (!atomic_load(&f)) for (;;) ;
  x = 100;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 1;
  atomic_store(&f, 1);
  pthread_detach(th);
  return 0;
}
