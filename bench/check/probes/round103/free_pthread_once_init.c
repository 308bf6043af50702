/* TRUTH: free — 'table' is written only in the once-routine; pthread_once makes its completion happen-before every caller's reads */
#include <pthread.h>

pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];

static void init_table(void) {
  for (int i = 0; i < 4; i++) table[i] = i * i;
}

void *user(void *arg) {
  pthread_once(&once, init_table);
  return (void *)(long)table[(long)arg];
}

int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], 0, user, (void *)i);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return 0;
}
