/* TRUTH: racy — s < 60000 terminates */
#include <pthread.h>
#include <unistd.h>
#include <sys/select.h>
#include <signal.h>
int x;
void *f(void *a) { volatile int sink; for (unsigned short s = 0; s < 60000; s++) sink = s; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
