/* TRUTH: racy — args 1 and 257 truncated to unsigned char are both 1: both write cell[1] */
#include <pthread.h>
#include <stdint.h>
int cell[300];
void *w(void *arg) { unsigned char id = (unsigned char)(uintptr_t)arg; cell[id] = 7; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)257);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return cell[1];
}
