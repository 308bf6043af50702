/* TRUTH: racy — initialized is read outside the lock (plain int) while another thread writes it inside the lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_05_double_checked_init.c", 4, "reach_error"); }
pthread_mutex_t init_m = PTHREAD_MUTEX_INITIALIZER;
int initialized;
int table[4];

static void ensure_init(void) {
  if (!initialized) {
    pthread_mutex_lock(&init_m);
    if (!initialized) {
      for (int i = 0; i < 4; i++) table[i] = i + 1;
      initialized = 1;
    }
    pthread_mutex_unlock(&init_m);
  }
}

void *user(void *arg) {
  ensure_init();
  if (table[3] != 4) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, user, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
