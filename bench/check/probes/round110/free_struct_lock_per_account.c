/* TRUTH: free — each worker updates only its own account under that account's lock; total read after joins */
#include <pthread.h>
#include <stdio.h>

struct account { pthread_mutex_t lock; int balance; int ops; };
struct account accs[2] = {{PTHREAD_MUTEX_INITIALIZER, 100, 0}, {PTHREAD_MUTEX_INITIALIZER, 200, 0}};

static void *withdraw(void *p) {
  struct account *acc = p;
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&acc->lock);
    acc->balance -= 1;
    acc->ops++;
    pthread_mutex_unlock(&acc->lock);
  }
  return NULL;
}

static void *auditor(void *arg) {
  (void)arg;
  long s = 0;
  for (int k = 0; k < 2; k++) {
    pthread_mutex_lock(&accs[k].lock);
    s += accs[k].balance;
    pthread_mutex_unlock(&accs[k].lock);
  }
  printf("audit %ld\n", s);
  return NULL;
}

int main(void) {
  pthread_t t1, t2, a;
  pthread_create(&t1, NULL, withdraw, &accs[0]);
  pthread_create(&t2, NULL, withdraw, &accs[1]);
  pthread_create(&a, NULL, auditor, NULL);
  pthread_join(t1, NULL); pthread_join(t2, NULL); pthread_join(a, NULL);
  printf("%d %d\n", accs[0].balance + accs[1].balance, accs[0].ops + accs[1].ops);
  return 0;
}
