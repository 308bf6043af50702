/* TRUTH: racy — pthread_create stored in an ops-table field and invoked through it; two workers x++ */
#include <pthread.h>
struct tops { int (*create)(pthread_t*, const pthread_attr_t*, void*(*)(void*), void*); int (*join)(pthread_t, void**); };
int x;
void *w(void *p){ x++; return 0; }
int main(void){ struct tops T = { pthread_create, pthread_join }; pthread_t a,b;
 T.create(&a,0,w,0); T.create(&b,0,w,0); T.join(a,0); T.join(b,0); return x; }
