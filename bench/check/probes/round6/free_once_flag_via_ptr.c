/* TRUTH: race-free. Worker writes data then joins; main reads only after join; the other pointer-alias read is in worker after its own write (same thread). */
#include <pthread.h>
int data; int *alias = &data;
void *w(void *a) { (void)a; *alias = 4; return (void *)(long)data; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_join(t, 0); data++; return *alias; }
