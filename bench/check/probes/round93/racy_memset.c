// One thread clears the shared buffer with memset while another reads it:
// the library write conflicts with the plain read -> race.
#include <pthread.h>
#include <string.h>
#include <stdio.h>
static char buf[64];
static void *clearer(void *arg) { (void)arg; memset(buf, 0, sizeof buf); return NULL; }
static void *reader(void *arg) { *(int *)arg = buf[3]; return NULL; }
int main(void) {
    int r;
    pthread_t x, y;
    pthread_create(&x, NULL, clearer, NULL);
    pthread_create(&y, NULL, reader, &r);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", r);
    return 0;
}
