/* TRUTH: free — settings is written only inside the pthread_once init routine; pthread_once returns only after init completed, giving happens-before to the reads */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int settings[2];

static void init_settings(void) {
  settings[0] = 7;
  settings[1] = 9;
}

void *user(void *arg) {
  pthread_once(&once, init_settings);
  if (settings[0] + settings[1] != 16) reach_error();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
