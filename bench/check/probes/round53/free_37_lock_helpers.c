/* TRUTH: free — every access to inventory goes through take()/put(), which lock and unlock via helper functions */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_37_lock_helpers.c", 4, "reach_error"); }
static pthread_mutex_t inv_m = PTHREAD_MUTEX_INITIALIZER;
static int inventory = 10;

static void grab(void) { pthread_mutex_lock(&inv_m); }
static void drop(void) { pthread_mutex_unlock(&inv_m); }

static int take(int n) {
  int ok = 0;
  grab();
  if (inventory >= n) { inventory -= n; ok = 1; }
  drop();
  return ok;
}
static void put(int n) {
  grab();
  inventory += n;
  drop();
}

void *shopper(void *arg) {
  if (take(3)) put(3);
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, shopper, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  if (inventory != 10) reach_error();
  return 0;
}
