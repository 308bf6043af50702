/* TRUTH: free — handlers reached through a function-pointer table all lock ev_lock before touching events/last_kind */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_38_callback_table.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t ev_lock = PTHREAD_MUTEX_INITIALIZER;
int events;
int last_kind;

static void on_connect(int k) { pthread_mutex_lock(&ev_lock); events++; last_kind = k; pthread_mutex_unlock(&ev_lock); }
static void on_data(int k)    { pthread_mutex_lock(&ev_lock); events += 2; last_kind = k; pthread_mutex_unlock(&ev_lock); }
static void on_close(int k)   { pthread_mutex_lock(&ev_lock); events--; last_kind = k; pthread_mutex_unlock(&ev_lock); }

typedef void (*handler_t)(int);
static handler_t handlers[3] = { on_connect, on_data, on_close };

void *dispatcher(void *arg) {
  for (int i = 0; i < 3; i++) {
    int k = __VERIFIER_nondet_int();
    if (k < 0 || k > 2) k = 0;
    handlers[k](k);
  }
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, dispatcher, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (last_kind < 0 || last_kind > 2) reach_error();
  return 0;
}
