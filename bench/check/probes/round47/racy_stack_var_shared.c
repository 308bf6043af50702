/* TRUTH: racy — main passes the address of its local 'acc' to both threads, which add to it without synchronization */
#include <pthread.h>
void *add(void *p) {
  int *acc = p;
  *acc += 1;
  return 0;
}
int main(void) {
  int acc = 0;
  pthread_t a, b;
  pthread_create(&a, 0, add, &acc);
  pthread_create(&b, 0, add, &acc);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return acc;
}
