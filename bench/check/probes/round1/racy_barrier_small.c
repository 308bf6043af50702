/* TRUTH: racy. Barrier count 2 but three threads wait once each: two of them pass
   while the third may still be before its wait writing `cfg`. E.g. writer W1 and reader R
   pass together, while W2 writes cfg before its (never-completing) wait and R reads it. */
#include <pthread.h>
int cfg;
pthread_barrier_t bar;
void *writer(void *arg) { cfg = 1; pthread_barrier_wait(&bar); return NULL; }
void *reader(void *arg) { pthread_barrier_wait(&bar); return (void *)(long)cfg; }
int main(void) {
  pthread_t a, b, c;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&a, NULL, writer, NULL);
  pthread_create(&b, NULL, writer, NULL);
  pthread_create(&c, NULL, reader, NULL);
  return 0;
}
