/* racy (and crashes weft with SIGSEGV): sem_post through a pointer variable, then both threads write x unordered */
#include <pthread.h>
#include <semaphore.h>
int x;
void *w(void *p) { sem_t *s = p; sem_post(s); x++; return 0; }
int main(void) {
  static sem_t s;
  pthread_t a, b;
  pthread_create(&a, 0, w, &s);
  pthread_create(&b, 0, w, &s);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
