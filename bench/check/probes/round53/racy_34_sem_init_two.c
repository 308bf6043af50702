/* TRUTH: racy — the "mutex" semaphore is initialised to 2, so two of the three threads can be inside and write slots_used together */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_34_sem_init_two.c", 5, "reach_error"); }
sem_t guard;
int slots_used;

void *take_slot(void *arg) {
  sem_wait(&guard);
  slots_used = slots_used + 1;
  sem_post(&guard);
  return NULL;
}

int main(void) {
  pthread_t t[3];
  sem_init(&guard, 0, 2);
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, take_slot, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  if (slots_used > 3) reach_error();
  return 0;
}
