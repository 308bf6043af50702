/* TRUTH: free — the counting semaphore limits users, but the pool array and free_count are always under pool_lock */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_30_sem_pool.c", 5, "reach_error"); }
#define RES 2
#define USERS 4
sem_t avail;
pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
int in_use[RES];
int uses[RES];

void *user(void *arg) {
  sem_wait(&avail);
  int mine = -1;
  pthread_mutex_lock(&pool_lock);
  for (int i = 0; i < RES; i++)
    if (!in_use[i]) { in_use[i] = 1; mine = i; break; }
  if (mine >= 0) uses[mine]++;
  pthread_mutex_unlock(&pool_lock);
  if (mine < 0) reach_error();
  pthread_mutex_lock(&pool_lock);
  in_use[mine] = 0;
  pthread_mutex_unlock(&pool_lock);
  sem_post(&avail);
  return NULL;
}

int main(void) {
  pthread_t t[USERS];
  sem_init(&avail, 0, RES);
  for (int i = 0; i < USERS; i++) pthread_create(&t[i], NULL, user, NULL);
  for (int i = 0; i < USERS; i++) pthread_join(t[i], NULL);
  if (uses[0] + uses[1] != USERS) reach_error();
  return 0;
}
