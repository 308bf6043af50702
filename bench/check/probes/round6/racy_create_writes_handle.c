/* TRUTH: racy. The worker's pthread_create stores into global gtid; main reads gtid concurrently. */
#include <pthread.h>
pthread_t gtid;
void *leaf(void *a) { (void)a; return 0; }
void *w(void *a) { (void)a; pthread_create(&gtid, 0, leaf, 0); pthread_join(gtid, 0); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); unsigned long v = (unsigned long)gtid; pthread_join(t, 0); return (int)v; }
