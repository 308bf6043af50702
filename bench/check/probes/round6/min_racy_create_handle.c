/* TRUTH: racy. The worker's pthread_create stores into gtid while main reads gtid. */
#include <pthread.h>
pthread_t gtid;
void *leaf(void *a) { return a; }
void *w(void *a) { pthread_create(&gtid, 0, leaf, a); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); unsigned long v = (unsigned long)gtid; pthread_join(t, 0); return (int)v; }
