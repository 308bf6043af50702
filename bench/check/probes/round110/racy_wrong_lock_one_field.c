/* TRUTH: racy — 'name' and 'balance' are guarded by acct_lock, but the teller updates 'last_op' under log_lock while the auditor uses acct_lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

pthread_mutex_t acct_lock = PTHREAD_MUTEX_INITIALIZER, log_lock = PTHREAD_MUTEX_INITIALIZER;
struct account { char name[16]; long balance; int last_op; } acct_rec = {"alice", 100, 0};

static void *teller(void *arg) {
  (void)arg;
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&acct_lock);
    acct_rec.balance += 5;
    pthread_mutex_unlock(&acct_lock);
    pthread_mutex_lock(&log_lock);
    acct_rec.last_op = i;
    pthread_mutex_unlock(&log_lock);
    usleep(30);
  }
  return NULL;
}

static void *auditor(void *arg) {
  (void)arg;
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&acct_lock);
    if (acct_rec.balance % 2 == 0) acct_rec.last_op = -i;   /* mark "audited" */
    pthread_mutex_unlock(&acct_lock);
    usleep(30);
  }
  return NULL;
}

int main(void) {
  pthread_t t, a;
  pthread_create(&t, NULL, teller, NULL);
  pthread_create(&a, NULL, auditor, NULL);
  pthread_join(t, NULL);
  pthread_join(a, NULL);
  printf("%s %ld %d\n", acct_rec.name, acct_rec.balance, acct_rec.last_op);
  return 0;
}
