/* TRUTH: free — binary semaphore (init 1) used as a mutex around every access to level */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_55_binary_semaphore.c", 5, "reach_error"); }
sem_t s;
int level;

void *up(void *arg)   { sem_wait(&s); level++; sem_post(&s); return 0; }
void *down(void *arg) { sem_wait(&s); level--; sem_post(&s); return 0; }

int main(void) {
  sem_init(&s, 0, 1);
  pthread_t t[4];
  pthread_create(&t[0], 0, up, 0);
  pthread_create(&t[1], 0, down, 0);
  pthread_create(&t[2], 0, up, 0);
  pthread_create(&t[3], 0, down, 0);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  if (level != 0) reach_error();
  return 0;
}
