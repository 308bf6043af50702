/* TRUTH: racy. sleep() creates no happens-before; main writes data the worker reads. */
#include <pthread.h>
#include <unistd.h>
int data;
void *w(void *a) { (void)a; sleep(2); return (void *)(long)data; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); data = 42; sleep(5); pthread_join(t, 0); return 0; }
