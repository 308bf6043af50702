/* free: main writes `status` only on the branch where pthread_create FAILED,
   i.e. when no thread exists; otherwise it writes only after join. */
#include <pthread.h>
static int status;
static void *t(void *a) { (void)a; status = 1; return 0; }
int main(void) {
    pthread_t th;
    if (pthread_create(&th, 0, t, 0) != 0) {
        status = -1;
        return 1;
    }
    pthread_join(th, 0);
    status = 2;
    return 0;
}
