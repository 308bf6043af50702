/* TRUTH: racy — pthread_exit runs the pushed handler; both workers write done (line 5) unlocked */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int done;
static void cu(void *p){ done += 1; }
void *w(void *x){ pthread_cleanup_push(cu, 0); pthread_exit(0); pthread_cleanup_pop(0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return done; }
