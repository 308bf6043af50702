/* TRUTH: free — IDX is 1: both threads hold locks[1] (line 6 via the macro index, line 7 literally) around g++. */
#include <pthread.h>
#define IDX 1
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int g;
static void *t1(void *x) { (void)x; pthread_mutex_lock(&locks[IDX]); g++; pthread_mutex_unlock(&locks[IDX]); return 0; } // @A
static void *t2(void *x) { (void)x; pthread_mutex_lock(&locks[1]); g++; pthread_mutex_unlock(&locks[1]); return 0; } // @B
int main(void) { pthread_t a, b; pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
