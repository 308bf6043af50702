/* TRUTH: racy — child starts worker via ops table passed as argument and detaches it; main reads x after joining child */
#include <pthread.h>
struct ops { void *(*run)(void*); };
int x;
void *w(void *p){ x = 1; return 0; }
void *child(void *p){ struct ops *o = p; pthread_t t; pthread_create(&t,0,o->run,0); pthread_detach(t); return 0; }
int main(void){ static struct ops O = { w }; pthread_t t; pthread_create(&t,0,child,&O); pthread_join(t,0); int r = x; pthread_exit(0); return r; }
