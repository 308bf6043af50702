/* TRUTH: free — the shared account object is passed as thread argument and all field accesses hold acc->m */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_39_embedded_mutex_arg.c", 5, "reach_error"); }
struct account { pthread_mutex_t m; long balance; int ops; };

void *deposit(void *arg) {
  struct account *acc = arg;
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&acc->m);
    acc->balance += 5;
    acc->ops++;
    pthread_mutex_unlock(&acc->m);
  }
  return NULL;
}

int main(void) {
  struct account *acc = malloc(sizeof *acc);
  if (acc == NULL) return 1;
  pthread_mutex_init(&acc->m, NULL);
  acc->balance = 0;
  acc->ops = 0;
  pthread_t t[2];
  pthread_create(&t[0], NULL, deposit, acc);
  pthread_create(&t[1], NULL, deposit, acc);
  pthread_join(t[0], NULL);
  pthread_join(t[1], NULL);
  if (acc->balance != 30 || acc->ops != 6) reach_error();
  pthread_mutex_destroy(&acc->m);
  free(acc);
  return 0;
}
