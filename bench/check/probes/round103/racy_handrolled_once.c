/* TRUTH: racy — a hand-rolled 'once' tests and sets the plain int 'initialized' without a lock */
#include <pthread.h>

int initialized;
int table[4];

void init_table(void) {
  if (!initialized) {
    for (int i = 0; i < 4; i++) table[i] = i * i;
    initialized = 1;
  }
}

void *user(void *arg) {
  init_table();
  return (void *)(long)table[2];
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
