/* TRUTH: racy — the thread's lock call is in the unselected branch; thread writes g unlocked while main writes under lock */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *k(void *a) { (void)__builtin_choose_expr(0, pthread_mutex_lock(&m), 0); g = 2; (void)__builtin_choose_expr(0, pthread_mutex_unlock(&m), 0); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, k, 0); pthread_mutex_lock(&m); g = 1; pthread_mutex_unlock(&m); pthread_join(t, 0); return 0; }
